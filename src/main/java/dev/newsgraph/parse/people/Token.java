package dev.newsgraph.parse.people;

/** A word, punctuation mark or double quote mark, with its character span in the paragraph. */
final class Token {

    enum Kind { WORD, PUNCT, QUOTE }

    private final String text;
    private final int start;
    private final int end;
    private final Kind kind;
    // cached: these are asked for many times per token
    private final String bare;
    private final String lower;
    private final String bareLower;

    Token(String text, int start, int end, Kind kind) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.bare = stripPossessive(text);
        this.lower = Words.lc(text);
        this.bareLower = bare.equals(text) ? lower : Words.lc(bare);
    }

    String text() {
        return text;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    Kind kind() {
        return kind;
    }

    String lower() {
        return lower;
    }

    String bareLower() {
        return bareLower;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String s) {
        return text.equals(s);
    }

    boolean isIgnoreCase(String s) {
        return lower.equals(s);
    }

    @Override
    public String toString() {
        return text;
    }

    boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    boolean isLower() {
        return kind == Kind.WORD && Character.isLowerCase(text.charAt(0));
    }

    /** "CBS", "NFL", "U.S.", "DL". */
    boolean isAllCaps() {
        if (kind != Kind.WORD) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** A single capital with a period: "S." in "Silvia S. Martins". */
    boolean isInitial() {
        return text.length() == 2 && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.';
    }

    boolean isPossessive() {
        return kind == Kind.WORD && (text.endsWith("'s") || text.endsWith("’s") || text.endsWith("’")
                || text.endsWith("'"));
    }

    /** The word without a possessive ending. */
    String bare() {
        return bare;
    }

    private static String stripPossessive(String text) {
        if (text.endsWith("'s") || text.endsWith("’s")) {
            return text.substring(0, text.length() - 2);
        }
        if (text.endsWith("’") || text.endsWith("'")) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }

    /** Any dash, including the box-drawing "─" some sites use. */
    boolean isDash() {
        if (kind != Kind.PUNCT) {
            return false;
        }
        char c = text.charAt(0);
        return Character.getType(c) == Character.DASH_PUNCTUATION || c == '─' || c == '━';
    }

    boolean isSentenceEnd() {
        return kind == Kind.PUNCT && (text.equals(".") || text.equals("!") || text.equals("?"));
    }

    boolean isOpeningMark() {
        return kind == Kind.QUOTE && (text.equals("“") || text.equals("„") || text.equals("«"));
    }

    boolean isClosingMark() {
        return kind == Kind.QUOTE && (text.equals("”") || text.equals("»"));
    }
}
