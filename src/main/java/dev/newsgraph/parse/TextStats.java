package dev.newsgraph.parse;

public final class TextStats {

    private static final int HEADLINE_WORDS = 12;

    private TextStats() {
    }

    /** Words are runs of letters or digits, as news word counts and the benchmarks count them. */
    static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            boolean wordChar;
            if (c < 0x80) {
                wordChar = Chars.isLetterOrDigit(c);
                i++;
            } else {
                int cp = text.codePointAt(i);
                wordChar = Character.isLetterOrDigit(cp);
                i += Character.charCount(cp);
            }
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
        }
        return count;
    }

    public static String headline(String paragraph) {
        String text = paragraph.strip();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord && ++words > HEADLINE_WORDS) {
                return String.join(" ", text.substring(0, i).strip().split("\\s+")) + "…";
            }
            inWord = !space;
        }
        return text;
    }
}
