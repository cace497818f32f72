package dev.newsgraph.parse;

/** A page as a scraper sent it. {@code url} and {@code source} may be null. */
public record RawDocument(String url, String content, DocumentFormat format, String source) {

    public RawDocument {
        if (format == null) {
            format = DocumentFormat.AUTO;
        }
    }

    public static RawDocument html(String url, String content) {
        return new RawDocument(url, content, DocumentFormat.HTML, null);
    }

    public static RawDocument text(String content) {
        return new RawDocument(null, content, DocumentFormat.TEXT, null);
    }
}
