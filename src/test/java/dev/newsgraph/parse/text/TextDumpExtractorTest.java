package dev.newsgraph.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.parse.ArticleContent;
import dev.newsgraph.parse.ParsedEditorialItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDumpExtractorTest {

    private final TextDumpExtractor extractor = new TextDumpExtractor();

    @Test
    void sampleDumpSplitsIntoHeaderBodyAndSidebar() throws IOException {
        ArticleContent a = extractor.extract(sample());
        assertEquals("US envoy Khalilzad kicks off 2-week-long peace mission with Islamabad visit", a.title());
        assertEquals(LocalDate.of(2019, 6, 2), a.publishedDate());
        assertEquals("Reuters/File", a.leadImage().credit());
        assertTrue(a.leadImage().caption().startsWith("US Special Representative for Afghanistan Reconciliation"));
        assertEquals(15, a.paragraphs().size());
        assertTrue(a.paragraphs().get(0).startsWith("US Special Representative for Afghanistan Reconciliation Zalmay"));
        assertTrue(a.paragraphs().get(14).startsWith("Afghan President Ashraf Ghani had proposed"));
        List<ParsedEditorialItem> items = a.editorialItems();
        assertEquals(6, items.size());
        assertEquals(new ParsedEditorialItem("Editorial", "Digital growth", "Democratising digital development will "
                + "catalyse a rapid, if not immediate, improvement in human development indicators for the underserved "
                + "segments of the Pakistani citizenry.", null, LocalDate.of(2024, 4, 25), true), items.get(0));
        assertEquals("Nikah rights", items.get(1).title());
        assertEquals(false, items.get(1).updated());
        assertEquals(LocalDate.of(2024, 4, 24), items.get(5).date());
    }

    @Test
    void bodyWithoutTitleLineKeepsItsFirstSentence() {
        ArticleContent a = extractor.extract("Prosecutors in Sweden have dropped an investigation into an allegation "
                + "made against a well known publisher in 2010.\n\nThe publisher denies it.\n");
        assertNull(a.title());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void hardWrappedParagraphsAreJoinedAndBylinesRead() {
        String text = """
                Harbour reopens after storm

                By Jane Doe and John Roe
                Published on 3 March 2021

                The harbour reopened on Tuesday after engineers cleared the debris that the
                storm had left along the quay, officials said in a statement on the radio.

                Fishing boats returned within hours.
                """;
        ArticleContent a = extractor.extract(text);
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
        assertEquals(LocalDate.of(2021, 3, 3), a.publishedDate());
        assertEquals(List.of("The harbour reopened on Tuesday after engineers cleared the debris that the storm had "
                + "left along the quay, officials said in a statement on the radio.",
                "Fishing boats returned within hours."), a.paragraphs());
    }

    @Test
    void aDashInsideTheFirstParagraphIsNotACaption() {
        ArticleContent a = extractor.extract("Title\n\nThe minister arrived late ─ but said the talks would go on "
                + "as planned for the rest of the week.\n");
        assertNull(a.leadImage());
        assertEquals(1, a.paragraphs().size());
    }

    private static String sample() throws IOException {
        try (InputStream in = TextDumpExtractorTest.class.getResourceAsStream("/samples/dawn-2019-06-02-khalilzad.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
