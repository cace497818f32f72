package dev.newsgraph.parse;

/**
 * C0 control characters other than tab, newline and carriage return: text never needs them, PostgreSQL refuses NUL in
 * text, and a page that is mostly made of them (with replacement characters) is binary data decoded as text.
 */
public final class ControlCharacters {

    /** A page whose non-space characters are more than this share controls or U+FFFD is not text. */
    private static final double JUNK_SHARE = 0.3;

    private ControlCharacters() {
    }

    static boolean isStripped(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    /** {@code s} without C0 controls other than tab, newline and carriage return; the same instance when it has none. */
    public static String strip(String s) {
        if (s == null) {
            return null;
        }
        int first = firstStripped(s);
        if (first < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() - 1).append(s, 0, first);
        for (int i = first + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isStripped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Drops HTML numeric character references to stripped controls ({@code &#1;}, {@code &#x1F;}, {@code &#0;}), which
     * an HTML parser would otherwise turn back into the characters, from text that has no controls itself.
     */
    static String stripReferences(String text) {
        int amp = referenceStart(text, 0);
        if (amp < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        while (amp >= 0) {
            int end = controlReferenceEnd(text, amp);
            if (end > 0) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, amp);
                copied = end;
            }
            amp = referenceStart(text, Math.max(amp + 2, end));
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** {@code s.indexOf("&#", from)}: a search for the '&' alone runs a few times faster than one for the pair. */
    private static int referenceStart(String s, int from) {
        for (int i = s.indexOf('&', from); i >= 0; i = s.indexOf('&', i + 1)) {
            if (i + 1 < s.length() && s.charAt(i + 1) == '#') {
                return i;
            }
        }
        return -1;
    }

    /** The index after a reference to a stripped control starting at {@code amp}, or -1 when it is not one. */
    private static int controlReferenceEnd(String s, int amp) {
        int i = amp + 2;
        boolean hex = i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
        if (hex) {
            i++;
        }
        int start = i;
        long value = 0;
        while (i < s.length() && i - start < 10) {
            int digit = Character.digit(s.charAt(i), hex ? 16 : 10);
            if (digit < 0) {
                break;
            }
            value = value * (hex ? 16 : 10) + digit;
            if (value >= 0x20) {
                return -1; // only grows with more digits: past the controls already
            }
            i++;
        }
        if (i == start || !(value == 0 || isStripped((int) Math.min(value, Integer.MAX_VALUE)))) {
            return -1;
        }
        return i < s.length() && s.charAt(i) == ';' ? i + 1 : i;
    }

    /**
     * Refuses content that {@link #isMostlyJunk(String) is not text}, and returns it {@link #strip(String) stripped}:
     * one quick scan over content that has neither controls nor replacement characters (nearly every page), the
     * count and the strip only for content that has.
     */
    public static String requireTextAndStrip(String content) {
        if (firstJunk(content) < 0) {
            return content;
        }
        if (isMostlyJunk(content)) {
            throw new UnparseableDocumentException("The document is not text: most of its characters are control or"
                    + " replacement characters. Send the page's HTML or text, decoded as UTF-8.");
        }
        return strip(content);
    }

    private static boolean isJunk(char c) {
        return c < 0x20 ? isStripped(c) : c == '\ufffd';
    }

    /**
     * The index of the first stripped control or replacement character, or -1. Scans a copy, a chunk at a time: a
     * loop over a char array runs several times faster than {@code charAt} over a whole page.
     */
    private static int firstJunk(String s) {
        char[] chunk = new char[Math.min(s.length(), 4096)];
        for (int from = 0; from < s.length(); from += chunk.length) {
            int length = Math.min(chunk.length, s.length() - from);
            s.getChars(from, from + length, chunk, 0);
            for (int i = 0; i < length; i++) {
                if (isJunk(chunk[i])) {
                    return from + i;
                }
            }
        }
        return -1;
    }

    /**
     * True when the content is binary data rather than text: most of its non-space characters are controls or
     * replacement characters (U+FFFD, what a decoder puts in place of bytes that are not UTF-8).
     */
    public static boolean isMostlyJunk(String s) {
        long junk = 0;
        long visible = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            visible++;
            if (isJunk(c)) {
                junk++;
            }
        }
        return visible > 0 && junk > visible * JUNK_SHARE;
    }

    private static int firstStripped(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isStripped(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
