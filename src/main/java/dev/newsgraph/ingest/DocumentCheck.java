package dev.newsgraph.ingest;

import dev.newsgraph.article.ArticleUrls;
import dev.newsgraph.graphql.BadUserInputException;
import dev.newsgraph.graphql.DocumentTooLargeException;
import dev.newsgraph.graphql.UnparseableDocumentError;
import dev.newsgraph.parse.ControlCharacters;
import dev.newsgraph.parse.RawDocument;
import dev.newsgraph.parse.UnparseableDocumentException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
        String url = input.url == null || input.url.isBlank() ? null
                : ArticleUrls.normalize(input.url).orElseThrow(() -> new BadUserInputException(
                        "url must be an absolute http(s) address, got: " + input.url));
        String source = input.source == null || input.source.isBlank() ? null
                : ControlCharacters.strip(input.source).strip();
        // Junk is told apart before its controls are dropped; stored as sent but for C0 controls, which PostgreSQL
        // refuses (NUL) and the parser drops anyway.
        String content;
        try {
            content = ControlCharacters.requireTextAndStrip(input.content);
        } catch (UnparseableDocumentException e) {
            throw new UnparseableDocumentError(e.getMessage());
        }
        return new RawDocument(url, content, input.format, source);
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
