package dev.newsgraph.parse.people;

import static dev.newsgraph.parse.people.Fixtures.extract;
import static dev.newsgraph.parse.people.Fixtures.ofKind;
import static dev.newsgraph.parse.people.Fixtures.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.parse.PeopleAndQuotes;
import dev.newsgraph.parse.QuoteKind;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    @Test
    void aQuoteRunningOverParagraphsIsOneQuote() {
        PeopleAndQuotes r = extract(
                "Park ranger Dolores Whitfield said: “The fire moved faster than anything we had seen.",
                "“We lost the north ridge in an hour. Nobody expected that.”",
                "The ranger station was evacuated.");
        ParsedQuote q = quote(r, "The fire moved").orElseThrow();
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("The fire moved faster than anything we had seen. We lost the north ridge in an hour. "
                + "Nobody expected that", q.text());
        assertEquals(0, q.paragraph());
        assertEquals("Dolores Whitfield", q.speaker());
        assertEquals("said", q.cue());
        assertEquals(1, ofKind(r, QuoteKind.DIRECT).size());
    }

    @Test
    void straightAndCurlyMarksAndTwoQuotesInOneParagraph() {
        PeopleAndQuotes r = extract("Coach Marcus Delaney was upbeat.",
                "\"We played our game,\" Delaney said. “The second half was the best we have been all year.”");
        ParsedQuote a = quote(r, "We played our game").orElseThrow();
        ParsedQuote b = quote(r, "The second half").orElseThrow();
        assertEquals("Marcus Delaney", a.speaker());
        assertEquals("Marcus Delaney", b.speaker());
        assertEquals("said", b.cue());
        assertEquals(1, b.paragraph());
    }

    @Test
    void partialQuotesInsideNarrationAreAttributedToTheSentenceSpeaker() {
        PeopleAndQuotes r = extract(
                "Economist Priyanka Raman said the plan was \"deeply flawed\" and warned of \"real pain\" ahead.");
        ParsedQuote flawed = quote(r, "deeply flawed").orElseThrow();
        assertEquals(QuoteKind.PARTIAL, flawed.kind());
        assertEquals("Priyanka Raman", flawed.speaker());
        assertEquals("Priyanka Raman", quote(r, "real pain").orElseThrow().speaker());
    }

    @Test
    void titlesNicknamesAndScareQuotesGetNoSpeaker() {
        PeopleAndQuotes r = extract(
                "Singer Lorna Fairweather performed \"Silver Morning Train\" at the festival.",
                "The venue, nicknamed the \"Tin Cathedral\" by locals, was full.",
                "Critics have called the genre \"sad-core\" for years.");
        assertFalse(quote(r, "Silver Morning Train").isPresent(), r.quotes().toString());
        assertFalse(quote(r, "Tin Cathedral").isPresent(), r.quotes().toString());
        quote(r, "sad-core").ifPresent(q -> assertNull(q.speaker(), q.toString()));
    }

    @Test
    void organisationsAndUnnamedSpeakersGetNoSpeaker() {
        PeopleAndQuotes r = extract("Finance chief Helga Brandt resigned on Monday.",
                "\"We thank her for her service,\" the company said in a statement.",
                "\"She was pushed out,\" a former colleague told reporters.");
        assertNull(quote(r, "We thank her").orElseThrow().speaker());
        assertEquals("the company", quote(r, "We thank her").orElseThrow().speakerName());
        assertNull(quote(r, "She was pushed out").orElseThrow().speaker());
        assertEquals("told", quote(r, "She was pushed out").orElseThrow().cue());
    }

    @Test
    void reportedSpeechIsIndirectWithoutThat() {
        PeopleAndQuotes r = extract(
                "Fire chief Roberto Alcantara said that the blaze started in the kitchen, adding that no one was hurt.",
                "Alcantara told reporters the building would be demolished.",
                "The cause is unknown, Alcantara said.");
        assertEquals(4, ofKind(r, QuoteKind.INDIRECT).size(), r.quotes().toString());
        assertTrue(quote(r, "the blaze started in the kitchen").isPresent(), r.quotes().toString());
        assertEquals("adding", quote(r, "no one was hurt").orElseThrow().cue());
        assertEquals("Roberto Alcantara", quote(r, "the building would be demolished").orElseThrow().speaker());
        assertEquals("Roberto Alcantara", quote(r, "The cause is unknown").orElseThrow().speaker());
    }
}
