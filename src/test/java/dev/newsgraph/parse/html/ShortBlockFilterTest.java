package dev.newsgraph.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsgraph.parse.ArticleContent;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ShortBlockFilterTest {

    private static final String SENTENCE = "The council voted on Monday to approve the new budget for the city. ";

    /**
     * A paragraph right under an image that holds only hidden inline furniture (a byline span) is a block without
     * body text; the caption rule read its last character at index -1 (bundesrat.de in dates-dev).
     */
    @Test
    void aBlockWithoutBodyTextBesideAnImageIsNoCaptionAndNoCrash() {
        String html = "<html><head><title>Budget approved</title></head><body><article><h1>Budget approved</h1>"
                + "<div><img src='a.jpg'><p><span class='byline'>By Anna Berg</span></p></div>"
                + "<p>" + SENTENCE.repeat(3) + "</p><p>" + SENTENCE.repeat(2) + "</p></article></body></html>";
        var body = Jsoup.parse(html).body();
        TextBlock empty = BlockSegmenter.segment(body).stream().filter(b -> b.chars == 0).findFirst().orElseThrow();
        assertEquals("By Anna Berg", empty.fullText());
        assertNull(ShortBlockFilter.furniture(empty));

        ArticleContent a = new HtmlArticleExtractor().extract(html, null);
        assertEquals(List.of(SENTENCE.repeat(3).strip(), SENTENCE.repeat(2).strip()), a.paragraphs());
        assertEquals(List.of("Anna Berg"), a.authors());
    }
}
