package dev.newsgraph.parse;

import java.util.List;
import java.util.Random;

/**
 * Random page content for property tests, drawn from a seeded {@link Random} so a failing case is reproduced by its
 * seed: any Unicode, HTML-like pages, news-like text with hostile pieces.
 */
public final class RandomText {

    private static final List<String> WORDS = List.of("The", "minister", "said", "\"We", "will", "talk.\"",
            "Taliban", "envoy", "Zalmay", "Khalilzad", "on", "Monday", "according", "to", "officials", "—", "'",
            "Islamabad", "peace", "talks", "résumé", "北京", "مرحبا", "\u0000", "\u0001", "\ufffd", "\u200b",
            "&amp;", "&#0;", "&#x1F;", "<", ">", "\n", "\n\n", "\t", "\r\n");
    private static final List<String> TAGS = List.of("p", "div", "h1", "h2", "title", "article", "script",
            "style", "table", "tr", "td", "span", "a", "meta", "ul", "li", "aside", "nav", "figure", "figcaption");
    private static final List<String> ATTRIBUTES = List.of("", " class=\"x\"", " id=\"main\"", " content=\"\u0000\"");

    private RandomText() {
    }

    /** One of the three kinds of content below, chosen at random. */
    public static String anyDocument(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> anyUnicode(random, 400);
            case 1 -> htmlPage(random);
            default -> newsText(random, 300);
        };
    }

    /** Up to {@code maxLength} code points from the whole range: controls, surrogate-free BMP, astral planes. */
    public static String anyUnicode(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int c = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x5f);
                case 2 -> random.nextInt(0xd800);
                default -> 0xe000 + random.nextInt(Character.MAX_CODE_POINT - 0xe000);
            };
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    /** Letters and digits only, up to {@code maxLength}. */
    public static String alphanumeric(Random random, int maxLength) {
        String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        int length = random.nextInt(maxLength + 1);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    /** Up to {@code maxWords} words of news-like text mixed with controls, entities and markup characters. */
    public static String newsText(Random random, int maxWords) {
        int words = random.nextInt(maxWords + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(pick(random, WORDS));
        }
        return out.toString();
    }

    public static String htmlPage(Random random) {
        int count = random.nextInt(41);
        StringBuilder body = new StringBuilder();
        String first = "";
        for (int i = 0; i < count; i++) {
            String tag = pick(random, TAGS);
            String text = newsText(random, 300);
            String element = "<" + tag + pick(random, ATTRIBUTES) + ">"
                    + (text.length() > 200 ? text.substring(0, 200) : text) + "</" + tag + ">";
            if (i == 0) {
                first = element;
            }
            body.append(element);
        }
        return "<html><head>" + first + "</head><body>" + body + "</body></html>";
    }

    public static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code value}, or null with the given probability. */
    public static <T> T orNull(Random random, double nullProbability, T value) {
        return random.nextDouble() < nullProbability ? null : value;
    }
}
