package dev.newsgraph.parse.people;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs double quote marks, straight or curly, into {@link QuoteSpan}s and marks the tokens they enclose. A quote
 * left open at the end of a paragraph continues into the next one when that paragraph opens with a quote mark (the
 * usual convention for multi-paragraph quotations); otherwise it ends with its paragraph.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    static List<QuoteSpan> find(List<Paragraph> paragraphs) {
        List<QuoteSpan> quotes = new ArrayList<>();
        QuoteSpan carried = null;
        for (Paragraph p : paragraphs) {
            QuoteSpan open = null;
            int openAt = -1;
            int start = 0;
            if (carried != null && p.size() > 0 && p.token(0).kind() == Token.Kind.QUOTE && !p.token(0).isClosingMark()) {
                open = carried;
                openAt = 0;
                start = 1;
            }
            carried = null;
            for (int i = start; i < p.size(); i++) {
                Token t = p.token(i);
                if (t.kind() != Token.Kind.QUOTE) {
                    continue;
                }
                if (t.isOpeningMark()) {
                    if (open != null) {
                        close(p, open, openAt, -1, i);
                    }
                    open = new QuoteSpan(quotes.size());
                    quotes.add(open);
                    openAt = i;
                } else if (t.isClosingMark()) {
                    if (open != null) {
                        close(p, open, openAt, i, i);
                        open = null;
                    }
                } else if (open != null) {
                    close(p, open, openAt, i, i);
                    open = null;
                } else {
                    open = new QuoteSpan(quotes.size());
                    quotes.add(open);
                    openAt = i;
                }
            }
            if (open != null) {
                close(p, open, openAt, -1, p.size());
                carried = open;
            }
        }
        return quotes;
    }

    private static void close(Paragraph p, QuoteSpan q, int open, int close, int contentEnd) {
        q.pieces.add(new QuoteSpan.Piece(p, open, close));
        p.markOf[open] = q.id;
        if (close >= 0) {
            p.markOf[close] = q.id;
        }
        for (int i = open + 1; i < contentEnd; i++) {
            p.quoteOf[i] = q.id;
        }
    }
}
