package dev.newsgraph.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    private static final String BODY = "The minister said on Tuesday that the talks would resume next week in the"
            + " capital, after a pause of several months.";

    private final DocumentParser parser = new DocumentParser();

    @Test
    void stripsC0ControlsButKeepsTabsAndNewlines() {
        assertEquals("a\tb\nc\rd", ControlCharacters.strip("a\u0000\tb\u0001\nc\u001f\rd\u0007"));
        String clean = "nothing to strip\n";
        assertSame(clean, ControlCharacters.strip(clean));
    }

    @Test
    void dropsHtmlReferencesToControls() {
        assertEquals("ab&#9;c&#x41;d&amp;e", ControlCharacters.stripReferences("a&#0;b&#9;c&#x41;d&amp;e&#x1F;&#1"));
        assertEquals("&#", ControlCharacters.stripReferences("&#"));
        assertEquals("x&#99999999999999;", ControlCharacters.stripReferences("x&#99999999999999;"));
    }

    @Test
    void aStrayNulInATextDumpParsesNormally() {
        ParsedDocument parsed = parser.parse(RawDocument.text("Talks to resume\u0000\n\n" + BODY.replace("talks", "ta\u0000lks")
                + "\n\nA second para\u0001graph with more words in it, so the body is long enough."));
        assertEquals("Talks to resume", parsed.title());
        assertTrue(parsed.text().contains("the talks would resume"), parsed.text());
        assertNoControls(parsed);
    }

    @Test
    void aStrayNulInHtmlParsesNormally() {
        String html = "<html><head><title>Talks to re\u0000sume</title></head><body><article><h1>Talks to re\u0000sume</h1>"
                + "<p>" + BODY.replace("minister", "mini\u0000ster") + "</p><p>More words&#0; follow here&#1; in a"
                + " second paragraph of the article body, long enough to count as text.</p></article></body></html>";
        ParsedDocument parsed = parser.parse(RawDocument.html("https://news.example.org/a", html));
        assertEquals("Talks to resume", parsed.title());
        assertTrue(parsed.text().contains("The minister said"), parsed.text());
        assertNoControls(parsed);
    }

    @Test
    void controlAndReplacementCharactersAreNotADocument() {
        for (String junk : List.of("\u0001\u0002\ufffd".repeat(50), "\ufffd".repeat(2000),
                "Title\n\n" + "\u0003\ufffd\u0004 ".repeat(300))) {
            UnparseableDocumentException e = assertThrows(UnparseableDocumentException.class,
                    () -> parser.parse(new RawDocument(null, junk, DocumentFormat.AUTO, null)));
            assertTrue(e.getMessage().contains("not text") || e.getMessage().contains("no words"), e.getMessage());
        }
        assertTrue(ControlCharacters.isMostlyJunk("\u0001\u0002\ufffd".repeat(50)));
        assertFalse(ControlCharacters.isMostlyJunk(BODY + "\u0000"));
    }

    @Test
    void textWithoutWordsIsNotADocument() {
        UnparseableDocumentException e = assertThrows(UnparseableDocumentException.class,
                () -> parser.parse(RawDocument.text("!!! ???\n\n--- ... ***")));
        assertTrue(e.getMessage().contains("no words"), e.getMessage());
    }

    private static void assertNoControls(ParsedDocument parsed) {
        List<String> texts = new ArrayList<>(parsed.paragraphs());
        texts.add(parsed.title());
        texts.add(parsed.text());
        parsed.persons().forEach(p -> texts.add(p.name()));
        parsed.quotes().forEach(q -> texts.add(q.text()));
        for (String text : texts) {
            for (char c : text.toCharArray()) {
                assertFalse(c < 0x20 && c != '\t' && c != '\n' && c != '\r', "control U+" + (int) c + " in " + text);
            }
        }
    }
}
