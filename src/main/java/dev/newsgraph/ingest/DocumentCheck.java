package dev.newsgraph.ingest;

import dev.newsgraph.graphql.BadUserInputException;
import dev.newsgraph.graphql.DocumentTooLargeException;
import dev.newsgraph.parse.RawDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;

/** Refuses what no parse can help: empty or oversized content, urls that are not http(s) addresses. */
@ApplicationScoped
public class DocumentCheck {

    @Inject
    IngestConfig config;

    public RawDocument check(DocumentInput input) {
        if (input == null || input.content == null || input.content.isBlank()) {
            throw new BadUserInputException("content is empty: send the page's HTML or text.");
        }
        long bytes = utf8Length(input.content);
        if (bytes > config.maxDocumentBytes()) {
            throw new DocumentTooLargeException("content is " + bytes + " bytes; the limit is "
                    + config.maxDocumentBytes() + " bytes.");
        }
        String url = input.url == null || input.url.isBlank() ? null : normalizeUrl(input.url);
        String source = input.source == null || input.source.isBlank() ? null : input.source.strip();
        return new RawDocument(url, input.content, input.format, source);
    }

    static String normalizeUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new BadUserInputException("url must be an absolute http(s) address, got: " + url);
            }
            return new URI(scheme, uri.getRawAuthority() == null ? null : uri.getAuthority(), uri.getPath(),
                    uri.getQuery(), null).toString();
        } catch (URISyntaxException e) {
            throw new BadUserInputException("url is malformed (" + e.getReason() + "): " + url);
        }
    }

    /** The UTF-8 size without encoding the document. */
    static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isSurrogate(c)) {
                bytes += 2; // a surrogate pair is 4 bytes
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
