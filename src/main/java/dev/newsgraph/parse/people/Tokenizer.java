package dev.newsgraph.parse.people;

import dev.newsgraph.parse.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a paragraph into words (keeping "U.S.", "Lt.", "Swift's", "Caldwell-Pope" whole), punctuation and quote marks. */
final class Tokenizer {

    /** Abbreviations whose period belongs to the word and does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Words.lower("""
            mr mrs ms dr prof sen rep gov lt col gen maj capt sgt adm cmdr cpl pvt det rev fr st jr sr no vs inc corp co
            ltd jan feb mar apr jun jul aug sep sept oct nov dec mt ft dept est approx
            """);

    private Tokenizer() {
    }

    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (Chars.isLetterOrDigit(c)) {
                int j = wordEnd(s, i);
                out.add(new Token(s.substring(i, j), i, j, Token.Kind.WORD));
                i = j;
            } else if (isDoubleQuote(c)) {
                out.add(new Token(String.valueOf(c), i, i + 1, Token.Kind.QUOTE));
                i++;
            } else if (c == '\'' && i + 1 < n && s.charAt(i + 1) == '\'') {
                out.add(new Token("''", i, i + 2, Token.Kind.QUOTE)); // two apostrophes for a double mark, as some archives write it
                i += 2;
            } else {
                out.add(new Token(String.valueOf(c), i, i + 1, Token.Kind.PUNCT));
                i++;
            }
        }
        return out;
    }

    // ASCII decided without Character's tables: most of an article's characters
    private static boolean isSpace(char c) {
        return c < 0x80 ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f
                : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isDoubleQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟';
    }

    private static int wordEnd(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (Chars.isLetterOrDigit(c) || c >= 0x80 && Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((c == '\'' || c == '’' || c == '-' || c == '‑') && j + 1 < n
                    && Character.isLetterOrDigit(s.charAt(j + 1))) {
                j++;
            } else if ((c == '.' || c == ',') && j + 1 < n && Character.isDigit(s.charAt(j + 1)) && j > i
                    && Character.isDigit(s.charAt(j - 1))) {
                j++; // 1.3, 250,000
            } else {
                break;
            }
        }
        // dotted acronyms: U.S., p.m.
        if (j - i == 1 && j + 2 < n && s.charAt(j) == '.' && Character.isLetter(s.charAt(j + 1)) && s.charAt(j + 2) == '.') {
            int k = j;
            while (k + 1 < n && s.charAt(k) == '.' && Character.isLetter(s.charAt(k + 1)) && (k + 2 >= n
                    || s.charAt(k + 2) == '.')) {
                k += 2;
            }
            return k < n && s.charAt(k) == '.' ? k + 1 : k;
        }
        if (j < n && s.charAt(j) == '.'
                && ((j - i == 1 && Character.isUpperCase(s.charAt(i)))
                        || ABBREVIATIONS.contains(Words.lc(s.substring(i, j))))) {
            return j + 1;
        }
        // plural possessive: "James’ hands"
        if (j + 1 <= n && j < n && (s.charAt(j) == '’' || s.charAt(j) == '\'') && (s.charAt(j - 1) == 's' || s.charAt(j - 1) == 'S')
                && (j + 1 == n || !Character.isLetterOrDigit(s.charAt(j + 1))) && Character.isUpperCase(s.charAt(i))) {
            return j + 1;
        }
        return j;
    }
}
