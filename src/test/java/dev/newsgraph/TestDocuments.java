package dev.newsgraph;

import java.util.Map;
import java.util.UUID;

/** Small plain-text news documents for tests that need many distinct articles. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static String newUrl() {
        return "https://news.example.org/" + UUID.randomUUID();
    }

    /** A unique word that the English stemmer leaves as it is, so searches find only this test's articles. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return word.toString();
    }

    public static String text(String title, String published, String... paragraphs) {
        StringBuilder out = new StringBuilder(title).append("\n\n");
        if (published != null) {
            out.append("Published ").append(published).append("\n\n");
        }
        for (String p : paragraphs) {
            out.append(p).append("\n\n");
        }
        return out.toString();
    }

    public static Map<String, Object> article(String source, String title, String published, String... paragraphs) {
        return GraphQL.document(newUrl(), text(title, published, paragraphs), "TEXT", source);
    }
}
