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
        return "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 8);
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
