package dev.newsgraph.parse.people;

import java.util.ArrayList;
import java.util.List;

/** A stretch in quote marks; several pieces when it runs over paragraphs with the closing mark left off. */
final class QuoteSpan {

    /** {@code close} is -1 when the paragraph ends before a closing mark. */
    record Piece(Paragraph paragraph, int open, int close) {

        int contentEnd() {
            return close < 0 ? paragraph.size() : close;
        }

        String text() {
            int from = paragraph.tokens.get(open).end();
            int to = close < 0 ? paragraph.text.length() : paragraph.tokens.get(close).start();
            return from < to ? paragraph.text.substring(from, to).strip() : "";
        }
    }

    final int id;
    final List<Piece> pieces = new ArrayList<>();

    QuoteSpan(int id) {
        this.id = id;
    }

    Piece first() {
        return pieces.get(0);
    }

    Piece last() {
        return pieces.get(pieces.size() - 1);
    }

    String text() {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces) {
            String t = p.text();
            if (!t.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(t);
            }
        }
        return clean(b.toString());
    }

    /** Drops the trailing , or . that belongs to the sentence around the quote. */
    static String clean(String s) {
        String t = s.strip();
        while (!t.isEmpty() && (t.endsWith(",") || t.endsWith(".") && !t.endsWith("..") || t.endsWith(";")
                || t.endsWith(":"))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
