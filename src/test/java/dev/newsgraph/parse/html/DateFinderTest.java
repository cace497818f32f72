package dev.newsgraph.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which of a page's dates is its publication date (dates-dev has the real cases; these are reduced ones). */
class DateFinderTest {

    private static final String BODY = "<p>" + "The council voted on Monday to approve the new budget for the city. ".repeat(4)
            + "</p>";

    private static LocalDate date(String html, String url) {
        return new HtmlArticleExtractor().extract(html, url).publishedDate();
    }

    @Test
    void theDatelineUnderTheHeadlineBeatsTeaserDatesAboveIt() {
        String html = "<html><head><title>Budget approved | Daily</title></head><body>"
                + "<div><h2>Stammtisch</h2><p>23.01.2020 20:00</p></div>"
                + "<h1>Budget approved</h1><div>von flerche</div><div>21. September 2019</div>" + BODY + "</body></html>";
        assertEquals(LocalDate.of(2019, 9, 21), date(html, null));
    }

    @Test
    void aDateInTheHeadlineOrInASentenceIsNoDateline() {
        String html = "<html><head><title>Results of 19.5.2007</title>"
                + "<meta property='article:published_time' content='2007-05-20T10:00:00+02:00'></head><body>"
                + "<h1>Results of 19.5.2007</h1><p>The next meeting is on Wednesday, 5 February 2020.</p>" + BODY
                + "</body></html>";
        assertEquals(LocalDate.of(2007, 5, 20), date(html, null));
    }

    @Test
    void anAmbiguousDisplayedDateKeepsTheMarkupsReading() {
        String html = "<html lang='en'><head><title>Sentenced</title>"
                + "<meta property='article:published_time' content='2023-11-08T20:26:28+00:00'></head><body>"
                + "<h1>Sentenced</h1><div>08/11/2023 | 20:26 PM</div>" + BODY + "</body></html>";
        assertEquals(LocalDate.of(2023, 11, 8), date(html, null));
    }

    @Test
    void aShownTimeBeatsAGenericMetaDate() {
        String html = "<html><head><title>Winter walks</title><meta name='date' content='2022-01-21T15:38:44+01:00'>"
                + "</head><body><div><time datetime='2022-01-27'>27.01.2022</time></div>" + BODY + "</body></html>";
        assertEquals(LocalDate.of(2022, 1, 27), date(html, null));
    }

    @Test
    void theUrlsDateWhenThePageShowsNone() {
        String html = "<html><head><title>Seminars</title></head><body>" + BODY + "</body></html>";
        assertNull(date(html, null));
        assertEquals(LocalDate.of(2020, 8, 24), date(html, "https://example.cl/Deportes/2020/08/24/670291/x.aspx"));
        assertEquals(LocalDate.of(2020, 4, 28), date(html, "https://example.se/20200428/meet-the-swede"));
        assertNull(date(html, "https://example.org/2020/02/31/no-such-day"));
    }
}
