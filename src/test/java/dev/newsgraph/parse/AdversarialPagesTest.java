package dev.newsgraph.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hostile pages parse or are refused as unparseable: no StackOverflowError, no hang. The timeout only guards against
 * a hang; the parse itself is expected well under 2 s on this hardware (the test prints how long each took).
 */
class AdversarialPagesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final String SENTENCE = "The council voted on Monday to approve the new budget for the city. ";

    private final DocumentParser parser = new DocumentParser();

    @Test
    void hundredThousandNestedElements() {
        String html = "<html><head><title>Deep page</title></head><body>" + "<div>".repeat(100_000) + "<p>"
                + SENTENCE.repeat(5) + "</p>" + "</div>".repeat(100_000) + "</body></html>";
        ParsedDocument parsed = parse(html, "nested");
        assertEquals("Deep page", parsed.title());
    }

    @Test
    void fourMebibyteSingleLine() {
        String body = SENTENCE.repeat(4 * 1024 * 1024 / SENTENCE.length());
        ParsedDocument html = parse("<html><head><title>Long line</title></head><body><p>" + body + "</p></body></html>",
                "4 MiB line, HTML");
        assertTrue(html.wordCount() > 500_000, "words: " + html.wordCount());
        ParsedDocument text = parseAs(DocumentFormat.TEXT, body, "4 MiB line, text");
        assertTrue(text.wordCount() > 500_000, "words: " + text.wordCount());
    }

    @Test
    void tagWithHundredThousandAttributes() {
        StringBuilder tag = new StringBuilder("<div");
        for (int i = 0; i < 100_000; i++) {
            tag.append(" data-a").append(i).append("=\"v").append(i).append('"');
        }
        String html = "<html><head><title>Many attributes</title></head><body>" + tag + "><p>" + SENTENCE.repeat(5)
                + "</p></div></body></html>";
        ParsedDocument parsed = parse(html, "100,000 attributes");
        assertTrue(parsed.text().contains("The council voted"), parsed.text());
    }

    @Test
    void tenThousandRowTable() {
        StringBuilder table = new StringBuilder("<table>");
        for (int i = 0; i < 10_000; i++) {
            table.append("<tr><td>").append(i).append("</td><td>Row ").append(i).append(" of the results</td></tr>");
        }
        String html = "<html><head><title>Election results</title></head><body><article><h1>Election results</h1><p>"
                + SENTENCE.repeat(3) + "</p>" + table + "</table></article></body></html>";
        ParsedDocument parsed = parse(html, "10,000-row table");
        assertEquals("Election results", parsed.title());
    }

    @Test
    void pageOfOnlyScriptsIsUnparseable() {
        String html = "<html><head>" + ("<script>var x = \"" + SENTENCE + "\"; window.track(x);</script>").repeat(5_000)
                + "</head><body>" + "<script src=\"/app.js\"></script>".repeat(5_000) + "</body></html>";
        long start = System.nanoTime();
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(UnparseableDocumentException.class,
                () -> parser.parse(RawDocument.html("https://news.example.org/scripts", html))));
        System.out.printf("only scripts: refused in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private ParsedDocument parse(String html, String what) {
        return parseAs(DocumentFormat.HTML, html, what);
    }

    private ParsedDocument parseAs(DocumentFormat format, String content, String what) {
        long start = System.nanoTime();
        ParsedDocument parsed = assertTimeoutPreemptively(HANG_GUARD,
                () -> parser.parse(new RawDocument("https://news.example.org/adversarial", content, format, null)));
        System.out.printf("%s: parsed in %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return parsed;
    }
}
