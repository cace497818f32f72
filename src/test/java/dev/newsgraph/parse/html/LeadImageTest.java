package dev.newsgraph.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.parse.ParsedImage;
import org.junit.jupiter.api.Test;

class LeadImageTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void captionAndCreditFromTheFigureShowingTheOgImage() {
        ParsedImage image = extractor.extract(TestPages.load("caymancompass.com-prison"),
                "https://www.caymancompass.com/2022/05/04/prison/").leadImage();
        assertEquals("https://www.caymancompass.com/wp-content/uploads/2022/05/northward-1.jpeg", image.url());
        assertEquals("Northward prison is considered a Category C facility, yet more than half the inmates are classed"
                + " as Category B.", image.caption());
        assertEquals("Alvaro Serey", image.credit());
    }

    @Test
    void creditElementInsideFigcaption() {
        ParsedImage image = extractor.extract(TestPages.load("theintercept.com-Gaza"), "https://theintercept.com/x/")
                .leadImage();
        assertTrue(image.url().contains("GettyImages-1736975716"), image.url());
        assertEquals("Ashraf Amra/Anadolu via Getty Images", image.credit());
        assertTrue(image.caption().startsWith("Children injured in an Israeli attack"), image.caption());
    }

    @Test
    void firstFigureOfTheArticleWhenNoOgImage() {
        String html = "<html><body><article><h1>Fire</h1><figure><img src='/img/fire.jpg'>"
                + "<figcaption>Firefighters at the scene (Reuters)</figcaption></figure>"
                + "<p>A fire broke out in the old mill on Sunday night and burned until the morning.</p>"
                + "</article></body></html>";
        ParsedImage image = extractor.extract(html, "https://example.com/news/fire").leadImage();
        assertEquals("https://example.com/img/fire.jpg", image.url());
        assertEquals("Firefighters at the scene", image.caption());
        assertEquals("Reuters", image.credit());
    }

    @Test
    void captionSplitterKnowsCommonCreditForms() {
        assertEquals(new CaptionSplitter.Caption("A man walks.", "Jane Doe"), CaptionSplitter.split("A man walks. Photo: Jane Doe"));
        assertEquals(new CaptionSplitter.Caption("The bridge", "John Roe"), CaptionSplitter.split("The bridge Credit: John Roe"));
        assertEquals(new CaptionSplitter.Caption("The bridge", "AFP"), CaptionSplitter.split("The bridge © AFP"));
        assertEquals(new CaptionSplitter.Caption("Crowds gather", "Kim Lee"), CaptionSplitter.split("Crowds gather ─ Kim Lee"));
        assertEquals(new CaptionSplitter.Caption("Crowds gather", "Kim Lee"), CaptionSplitter.split("Crowds gather — Kim Lee"));
        assertEquals(new CaptionSplitter.Caption("The minister (left) speaks", null),
                CaptionSplitter.split("The minister (left) speaks"));
        assertNull(CaptionSplitter.split("").text());
    }
}
