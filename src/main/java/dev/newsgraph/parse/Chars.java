package dev.newsgraph.parse;

/**
 * Character classes for the parser's hot loops: ASCII (most characters of a page) decided without Character's
 * tables, everything else exactly as {@link Character} decides it.
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
}
