package dev.newsgraph.parse;

/**
 * Character classes and a case-blind search for the parser's hot loops: ASCII (most characters of a page) decided
 * without Character's tables, everything else exactly as {@link Character} and {@link String} decide it.
 */
public final class Chars {

    private Chars() {
    }

    public static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    public static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    public static boolean isUpperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    public static boolean isLowerCase(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    public static char toLowerCase(char c) {
        return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) : Character.toLowerCase(c);
    }

    /**
     * Whether {@code hay} contains {@code needle} ignoring case, as {@link String#regionMatches(boolean, int, String,
     * int, int)} decides it, without allocating. An ASCII character of {@code hay} is tried only where it could open
     * a match: ignoring case, ASCII characters match only if they differ at most in bit 0x20.
     */
    public static boolean containsIgnoreCase(String hay, String needle) {
        int first = needle.charAt(0) | 0x20;
        for (int i = 0, last = hay.length() - needle.length(); i <= last; i++) {
            char c = hay.charAt(i);
            if (c < 0x80 && (c | 0x20) != first) {
                continue;
            }
            if (hay.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }
}
