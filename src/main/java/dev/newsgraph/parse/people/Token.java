package dev.newsgraph.parse.people;

/** A word, punctuation mark or double quote mark, with its character span in the paragraph. */
record Token(String text, int start, int end, Kind kind) {

    enum Kind { WORD, PUNCT, QUOTE }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String s) {
        return text.equals(s);
    }

    boolean isIgnoreCase(String s) {
        return text.equalsIgnoreCase(s);
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
        if (text.endsWith("'s") || text.endsWith("’s")) {
            return text.substring(0, text.length() - 2);
        }
        if (text.endsWith("’") || text.endsWith("'")) {
            return text.substring(0, text.length() - 1);
        }
        return text;
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
