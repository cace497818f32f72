package dev.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsgraph.graphql.UnparseableDocumentError;
import dev.newsgraph.parse.DocumentParser;
import dev.newsgraph.parse.ParsedDocument;
import dev.newsgraph.parse.RawDocument;
import dev.newsgraph.parse.UnparseableDocumentException;
import org.junit.jupiter.api.Test;

/** What a scraper gets when the parser refuses a document or fails on it (the API side is in IngestErrorsTest). */
class ParseOrRefuseTest {

    private static final RawDocument PAGE = RawDocument.html("https://example.org/a", "<p>x</p>");

    @Test
    void aParserBugIsRefusedAsUnparseableNotAnInternalError() {
        UnparseableDocumentError e = assertThrows(UnparseableDocumentError.class,
                () -> IngestService.parseOrRefuse(raw -> {
                    throw new StringIndexOutOfBoundsException("Index -1 out of bounds for length 0");
                }, PAGE));
        assertEquals(IngestService.PARSER_FAILED, e.getMessage());
    }

    @Test
    void aDocumentWithoutAnArticleKeepsTheParsersMessage() {
        UnparseableDocumentError e = assertThrows(UnparseableDocumentError.class,
                () -> IngestService.parseOrRefuse(raw -> {
                    throw new UnparseableDocumentException("No article found: the document's text has no words.");
                }, PAGE));
        assertEquals("No article found: the document's text has no words.", e.getMessage());
    }

    @Test
    void aParseIsPassedOn() {
        ParsedDocument parsed = new DocumentParser().parse(RawDocument.html(null,
                "<title>Budget approved</title><p>The council voted on Monday to approve the budget.</p>"));
        assertSame(parsed, IngestService.parseOrRefuse(raw -> parsed, PAGE));
    }
}
