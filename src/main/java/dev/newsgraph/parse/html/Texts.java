package dev.newsgraph.parse.html;

import dev.newsgraph.parse.Chars;

/** Small string helpers shared by the finders: whitespace, counting, comparing. */
final class Texts {

    private Texts() {
    }

    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00a0') {
            return false; // the common case, decided in one test
        }
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u2009'
                || c == '\u200b' || c == '\u202f' || c == '\u2002' || c == '\u2003' || c == '\u200a'
                || c == '\ufeff';
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims; null stays null. */
    static String clean(String s) {
        if (s == null || isClean(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #clean(String)} would give {@code s} back: no other spaces than single ones between words. */
    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || i == 0 || i == s.length() - 1 || s.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** The element's text, or null when it is longer than {@code limit}: never builds the text of a big node. */
    static String boundedText(org.jsoup.nodes.Element el, int limit) {
        return boundedText(el, limit, Integer.MAX_VALUE);
    }

    /** As {@link #boundedText(org.jsoup.nodes.Element, int)}, and null when the element has more than
     * {@code maxNodes} nodes: for the many small labels of a page, where a big element must cost little. */
    static String boundedText(org.jsoup.nodes.Element el, int limit, int maxNodes) {
        StringBuilder sb = new StringBuilder();
        if (!appendBounded(el, sb, limit * 4, 0, new int[] {maxNodes})) {
            return null;
        }
        String text = clean(sb.toString());
        return text.length() <= limit ? text : null;
    }

    private static boolean appendBounded(org.jsoup.nodes.Node node, StringBuilder sb, int rawLimit, int depth,
            int[] nodes) {
        if (depth > 60) {
            return false;
        }
        for (int i = 0, n = node.childNodeSize(); i < n; i++) {
            org.jsoup.nodes.Node child = node.childNode(i);
            if (--nodes[0] < 0) {
                return false;
            }
            if (child instanceof org.jsoup.nodes.TextNode t) {
                sb.append(t.getWholeText());
            } else if (child instanceof org.jsoup.nodes.Element e) {
                String tag = e.normalName();
                if (tag.equals("script") || tag.equals("style") || tag.equals("noscript")) {
                    continue;
                }
                boolean inline = e.tag().isInline() && !tag.equals("br");
                if (!inline) {
                    sb.append(' ');
                }
                if (!appendBounded(e, sb, rawLimit, depth + 1, nodes)) {
                    return false;
                }
                if (!inline) {
                    sb.append(' ');
                }
            }
            if (sb.length() > rawLimit) {
                return false;
            }
        }
        return true;
    }

    static boolean isBlank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!isBlank(v)) {
                return clean(v);
            }
        }
        return null;
    }

    static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Chars.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Lower-case letters and digits only, words separated by one space: for loose comparisons. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Chars.isLetterOrDigit(c)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append(Chars.toLowerCase(c));
            } else if (c != '\'' && c != '\u2019') {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Whether {@code fold(s)} equals {@code folded}, without building the folded string. */
    static boolean foldEquals(String s, String folded) {
        if (s == null) {
            return folded.isEmpty();
        }
        int at = 0;
        int n = folded.length();
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Chars.isLetterOrDigit(c)) {
                if (gap && at > 0) {
                    if (at == n || folded.charAt(at) != ' ') {
                        return false;
                    }
                    at++;
                }
                gap = false;
                if (at == n || folded.charAt(at) != Chars.toLowerCase(c)) {
                    return false;
                }
                at++;
            } else if (c != '\'' && c != '\u2019') {
                gap = true;
            }
        }
        return at == n;
    }

    /** Share of the words of {@code a} that also occur in {@code b} (both folded). */
    static double wordOverlap(String a, String b) {
        String fa = fold(a);
        String fb = " " + fold(b) + " ";
        if (fa.isEmpty()) {
            return 0;
        }
        String[] words = fa.split(" ");
        int hit = 0;
        for (String w : words) {
            if (fb.contains(" " + w + " ")) {
                hit++;
            }
        }
        return hit / (double) words.length;
    }
}
