package dev.newsgraph.parse.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.parse.ArticleContent;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyExtractionTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private String body(String page) {
        ArticleContent a = extractor.extract(TestPages.load(page), null);
        return String.join("\n\n", a.paragraphs());
    }

    @Test
    void bodySplitAcrossSeveralColumnsIsJoinedWithoutAdLabels() {
        String body = body("702d1da63b8e064cb70617620e45c2d116b4912c9bc9d518dcf5ce54bb8057ed");
        assertTrue(body.startsWith("When President Trump’s advisers suggested that Beijing resume buying"), body);
        assertTrue(body.contains("“It makes for better theater to hold this to the last minute,” said Phil Levy"));
        assertTrue(body.contains("reducing the uncertainty of not raising additional tariffs"));
        assertFalse(body.contains("Advertisement"));
        assertFalse(body.contains("Continue reading the main story"));
    }

    @Test
    void authorBioRelatedPostsAndFooterStayOut() {
        String body = body("57b4dafd18cfd0531b69f81e87158648227c673ef159f8d8c87d34e34bdb21f2");
        assertTrue(body.contains("Die Digitalisierung als Wachstums- und Entwicklungstreiber zieht sich bereits heute"));
        assertTrue(body.contains("Status Quo"), "subheadings of the article are kept");
        assertFalse(body.contains("Als Inbound Sales Manager"), "author bio");
        assertFalse(body.contains("Gestern virtueller Datenraum"), "related posts");
        assertFalse(body.contains("Zurück zur Übersicht"), "back link");
        assertFalse(body.contains("Hanauer Landstr"), "footer address");
        assertFalse(body.contains("publiziert am"), "byline");
    }

    @Test
    void teaserCardsAndNewsletterBoxAfterTheArticleStayOut() {
        String body = body("680c2848e94a96f961a0964631de94ac572f83c45bfd0bec2deafa893bcfe15c");
        assertTrue(body.startsWith("Stadia, Google's streaming gaming platform, launches today."), body);
        assertTrue(body.contains("Stadia isn't a console. It's a platform for streaming games from the cloud."));
        assertFalse(body.contains("Every day we send an email with the top stories"), "newsletter box");
        assertFalse(body.contains("Scandinavia's Sami have been herding reindeer"), "teaser card");
        assertFalse(body.contains("Dallas Robinson is a freelance writer"), "author bio");
        assertFalse(body.contains("The Early Reviews For Google's Stadia"), "headline");
    }

    @Test
    void articleCutIntoCardsIsKeptWholeAndSkipLinksStayOut() {
        List<String> paragraphs = extractor.extract(
                TestPages.load("f344ca5fb36e130f4344235fa22726f3367e09c211c120f21d9ae92effe902db"), null).paragraphs();
        String body = String.join("\n\n", paragraphs);
        assertTrue(body.contains("NASA scientists using a telescope atop Mauna Kea have confirmed the presence of water"));
        assertTrue(body.contains("is slightly smaller than Earth’s Moon."));
        assertFalse(body.contains("Skip to content"));
        assertTrue(paragraphs.stream().noneMatch(String::isBlank));
    }

    @Test
    void captionsShareBarsAndCommentsOfASmallPageStayOut() {
        String html = """
                <html><head><title>Storm hits coast | Daily</title></head><body>
                <div class="cookie-banner"><p>We use cookies to improve your experience on our website, accept them.</p></div>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Storm hits coast</h1><div class="share-bar"><a href="#">Share on Facebook</a></div>
                <figure><img src="a.jpg"><figcaption>Waves break on the pier on Monday. Photo: Jan Novak</figcaption></figure>
                <p>The storm reached the coast early on Monday, flooding streets in three towns and cutting power.</p>
                <p>Emergency services said more than two hundred people had been moved to shelters overnight.</p>
                <p class="read-more"><a href="/next">Read more: how storms are named</a></p>
                <p>Forecasters expect the wind to ease by Wednesday, but warned of more rain later this week.</p>
                <div class="pagination"><a href="?page=2">Next page</a></div>
                </article>
                <section class="comments"><p>What a terrible storm, hope everyone in the towns is safe and sound.</p></section>
                </body></html>""";
        String body = String.join("\n", extractor.extract(html, "https://example.com/storm").paragraphs());
        assertTrue(body.contains("The storm reached the coast early on Monday"));
        assertTrue(body.contains("Forecasters expect the wind to ease by Wednesday"));
        for (String junk : List.of("cookies", "Share on Facebook", "Waves break", "Read more", "Next page",
                "hope everyone", "Storm hits coast")) {
            assertFalse(body.contains(junk), junk);
        }
    }

    @Test
    void fiveMegabytePageExtracts() {
        StringBuilder sb = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav><div class='story'>");
        int i = 0;
        while (sb.length() < 5 * 1024 * 1024) {
            sb.append("<p>Paragraph ").append(i++).append(" of a very long story, with <a href='/x'>a link</a> and ")
                    .append("enough words to count as running text in the article body.</p>");
            if (i % 100 == 0) {
                sb.append("<div class='ad'>Advertisement</div>");
            }
        }
        sb.append("</div><aside><ul><li><a href='/r'>Related</a></li></ul></aside></body></html>");
        ArticleContent a = extractor.extract(sb.toString(), null);
        assertTrue(a.paragraphs().size() >= i - 1, "paragraphs: " + a.paragraphs().size());
        assertFalse(a.paragraphs().contains("Advertisement"));
    }

    @Test
    void deeplyNestedAndEmptyInputsDoNotThrow() {
        String deep = "<div>".repeat(5000) + "<p>Deep text that is long enough to be a paragraph.</p>" + "</div>".repeat(5000);
        extractor.extract(deep, null);
        assertTrue(extractor.extract("", null).paragraphs().isEmpty());
        assertTrue(extractor.extract(null, null).paragraphs().isEmpty());
    }
}
