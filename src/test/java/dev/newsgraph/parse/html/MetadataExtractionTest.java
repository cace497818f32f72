package dev.newsgraph.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsgraph.parse.ArticleContent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataExtractionTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void headlineWithoutSectionLabelAndBylineFromJsonLd() {
        ArticleContent a = extractor.extract(TestPages.load("bostonherald.com-Brothel-catering"),
                "https://www.bostonherald.com/2023/11/08/brothel/");
        assertEquals("Brothel catering to politicians, doctors, lawyers busted in Boston", a.title());
        assertEquals(List.of("Grace Zokovitch"), a.authors());
        assertEquals(LocalDate.of(2023, 11, 8), a.publishedDate());
        assertEquals(OffsetDateTime.parse("2023-11-08T21:56:18Z"), a.publishedAt());
        assertEquals("Boston Herald", a.siteName());
    }

    @Test
    void dateAndAuthorFromTheVisibleBylineWhenMarkupHasNone() {
        ArticleContent a = extractor.extract(TestPages.load("timesofisrael.com.washington"),
                "https://www.timesofisrael.com/state-of-washington/");
        assertEquals("State of Washington swears in first Native American-Jewish Supreme Court justice", a.title());
        assertEquals(List.of("Emily Burack"), a.authors());
        assertEquals(LocalDate.of(2020, 1, 8), a.publishedDate());
        assertNull(a.publishedAt(), "no machine-readable time of day with an offset");
    }

    @Test
    void severalAuthorsAndLocalDate() {
        ArticleContent a = extractor.extract(TestPages.load("theintercept.com-Gaza"), "https://theintercept.com/x/");
        assertEquals("What It’s Like to Give Birth in Gaza", a.title());
        assertEquals(List.of("Ibtisam Mahdi", "Ruwaida Kamal Amer"), a.authors());
        assertEquals(LocalDate.of(2023, 11, 8), a.publishedDate());
    }

    @Test
    void siteSuffixIsDroppedFromTitleTag() {
        String html = "<html><head><title>Council approves budget - The Town Crier</title>"
                + "<meta property='og:site_name' content='The Town Crier'></head><body><p>Text.</p></body></html>";
        assertEquals("Council approves budget", extractor.extract(html, null).title());
    }

    @Test
    void aSubtitleAfterADashStaysWhenTheHeadlineHasIt() {
        String html = "<html><head><title>Council votes to close library – but not this year | The Town Crier</title>"
                + "<meta property='og:title' content='Council votes to close library – but not this year'>"
                + "<meta property='og:site_name' content='The Town Crier'></head><body><article>"
                + "<h1>Council votes to close library – but not this year</h1><p>Text of the article.</p>"
                + "</article></body></html>";
        assertEquals("Council votes to close library – but not this year", extractor.extract(html, null).title());
        String noSiteName = html.replace("<meta property='og:site_name' content='The Town Crier'>", "");
        assertEquals("Council votes to close library – but not this year", extractor.extract(noSiteName, null).title());
        String titleTagOnly = noSiteName.replace("<meta property='og:title' content='Council votes to close library – but"
                + " not this year'>", "");
        assertEquals("Council votes to close library – but not this year", extractor.extract(titleTagOnly, null).title());
    }

    @Test
    void aSectionLabelBeforeADashInTheHeadlineStillGoes() {
        String html = "<html><head><title>Port strike ends | Daily</title>"
                + "<meta property='og:title' content='Port strike ends'></head><body><article>"
                + "<h1>Live updates – Port strike ends</h1><p>Text of the article.</p></article></body></html>";
        assertEquals("Port strike ends", extractor.extract(html, null).title());
    }

    @Test
    void organisationInJsonLdGivesWayToPersonInVisibleByline() {
        String html = """
                <html><head><title>Budget passes</title>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget passes",
                  "author":{"@type":"Organization","name":"Town Crier"},"datePublished":"2021-03-04T23:30:00-05:00"}</script>
                </head><body><article><h1>Budget passes</h1><p class="byline">By Maria Lopez and John Smith</p>
                <p>The council passed the budget after a long night of debate about schools and roads.</p></article></body></html>""";
        ArticleContent a = extractor.extract(html, null);
        assertEquals(List.of("Maria Lopez", "John Smith"), a.authors());
        assertEquals(LocalDate.of(2021, 3, 4), a.publishedDate(), "the page's own calendar day, not UTC");
        assertEquals(OffsetDateTime.parse("2021-03-04T23:30:00-05:00"), a.publishedAt());
    }

    @Test
    void linkTextPrefixAndCredentialsAreNotPartOfTheAuthor() {
        String html = """
                <html><head><title>Sleep and memory</title></head><body><article><h1>Sleep and memory</h1>
                <div class="byline"><a rel="author" href="/author/ana">View all posts by Ana Ruiz, PhD</a></div>
                <p>Researchers followed two hundred volunteers for a year to see how sleep shapes memory.</p>
                </article></body></html>""";
        assertEquals(List.of("Ana Ruiz"), extractor.extract(html, null).authors());
    }

    @Test
    void thePublisherIsNotAnAuthorWhenAPersonIsNamed() {
        String html = """
                <html><head><title>Port strike ends</title>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Port strike ends",
                  "author":[{"@type":"Person","name":"Harbour Daily"},{"@type":"Person","name":"Tom Reyes"}],
                  "publisher":{"@type":"Organization","name":"Harbour Daily"}}</script>
                </head><body><article><h1>Port strike ends</h1>
                <p>Dock workers voted to return to work after a three-week strike over pay and shifts.</p>
                </article></body></html>""";
        assertEquals(List.of("Tom Reyes"), extractor.extract(html, null).authors());
    }
}
