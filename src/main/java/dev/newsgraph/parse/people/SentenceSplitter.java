package dev.newsgraph.parse.people;

import java.util.List;
import java.util.Set;

/**
 * Splits paragraphs into sentences. Text in quote marks is never split, so a quotation and its attribution stay in
 * one sentence; abbreviations and initials keep their period inside the token and so never end a sentence.
 */
final class SentenceSplitter {

    /** Words that start a new sentence after an acronym such as "U.S." ends the previous one. */
    private static final Set<String> STARTERS = Words.of("""
            He She It They We I The This That These Those There But And In On At After Before When While If As A An
            His Her Its Their Our Meanwhile However Still Yet So Later Earlier
            """);

    private SentenceSplitter() {
    }

    static void split(Paragraph p, List<Sentence> out) {
        int from = 0;
        int n = p.size();
        for (int i = 0; i < n; i++) {
            if (endsSentence(p, i)) {
                int end = i + 1;
                while (end < n && (p.token(end).is(")") || p.token(end).is("’") || p.token(end).is("'")
                        || p.markOf[end] >= 0 && p.token(end).kind() == Token.Kind.QUOTE && !opens(p, end))) {
                    end++;
                }
                add(p, from, end, out);
                from = end;
                i = end - 1;
            }
        }
        if (from < n) {
            add(p, from, n, out);
        }
    }

    private static boolean endsSentence(Paragraph p, int i) {
        Token t = p.token(i);
        int n = p.size();
        if (i + 1 >= n) {
            return false;
        }
        if (t.isSentenceEnd() && !p.inQuote(i)) {
            return startsSentence(p, i + 1);
        }
        // a closing quote mark after . ! ? and before a capitalised word: “... it.” He said
        if (t.kind() == Token.Kind.QUOTE && p.markOf[i] >= 0 && !opens(p, i) && i > 0 && p.token(i - 1).isSentenceEnd()) {
            return startsSentence(p, i + 1) && !attributionFollows(p, i + 1);
        }
        if (t.isWord() && t.text().endsWith(".") && t.text().length() > 3 && t.isAllCaps() && !p.inQuote(i)) {
            return STARTERS.contains(p.token(i + 1).text());
        }
        return false;
    }

    /** “Why?” Smith asked. — a cue within the next few words keeps the attribution with its quote. */
    private static boolean attributionFollows(Paragraph p, int j) {
        for (int k = j; k < p.size() && k < j + 5; k++) {
            Token t = p.token(k);
            if (t.kind() != Token.Kind.WORD) {
                return false;
            }
            if (t.isLower() && SpeechVerbs.isQuoteCue(t.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(Paragraph p, int j) {
        Token next = p.token(j);
        if (next.kind() == Token.Kind.QUOTE || next.is("(") || next.is("‘")) {
            return true;
        }
        char c = next.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** True for the opening mark of a quote. */
    private static boolean opens(Paragraph p, int i) {
        int q = p.markOf[i];
        return q >= 0 && i + 1 < p.size() && p.quoteOf[i + 1] == q;
    }

    private static void add(Paragraph p, int from, int to, List<Sentence> out) {
        Sentence s = new Sentence(out.size(), p, from, to);
        for (int i = from; i < to; i++) {
            p.sentenceOf[i] = s.id();
        }
        out.add(s);
    }
}
