package dev.newsgraph.parse.people;

import static dev.newsgraph.parse.people.Fixtures.extract;
import static dev.newsgraph.parse.people.Fixtures.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.parse.PeopleAndQuotes;
import org.junit.jupiter.api.Test;

class SpeakerResolverTest {

    @Test
    void heAfterASentenceAboutThePerson() {
        PeopleAndQuotes r = extract(
                "Envoy Rustam Nazarov took to Twitter to say the talks were going well.",
                "\"We are closer than ever,\" he wrote.");
        assertEquals("Rustam Nazarov", quote(r, "We are closer").orElseThrow().speaker());
        assertEquals("he", quote(r, "We are closer").orElseThrow().speakerName());
        assertEquals("wrote", quote(r, "We are closer").orElseThrow().cue());
    }

    @Test
    void pronounsFollowGenderAndSkipNamesInsideQuotes() {
        PeopleAndQuotes r = extract(
                "Jennifer Osterberg and Michael Trent both testified on Tuesday.",
                "\"I told Michael Trent it was wrong,\" Osterberg said.",
                "\"He did not listen,\" she said.");
        assertEquals("Jennifer Osterberg", quote(r, "He did not listen").orElseThrow().speaker());
    }

    @Test
    void heResolvesToThePreviousSpeakerNotTheLastNameMentioned() {
        PeopleAndQuotes r = extract(
                "The ministry quoted Ambassador Farid Qaderi as saying that the country, in line with the vision of "
                        + "President Daniel Mbeki, will keep its troops in place.",
                "He said the decision was final.");
        assertEquals("Farid Qaderi", quote(r, "the decision was final").orElseThrow().speaker());
    }

    @Test
    void aParagraphOfQuoteWithoutCueContinuesThePreviousSpeaker() {
        PeopleAndQuotes r = extract(
                "\"We started small,\" says founder Ingrid Solberg of the cooperative.",
                "\"Now we ship to twelve countries and employ forty people.\"");
        assertEquals("Ingrid Solberg", quote(r, "Now we ship").orElseThrow().speaker());
        assertEquals(null, quote(r, "Now we ship").orElseThrow().cue());
    }

    @Test
    void aDescriptionTheArticleGivesAPersonResolvesToThem() {
        PeopleAndQuotes r = extract(
                "Norway's ambassador to Chile warned that the deal could \"fall apart\" within weeks.",
                "Norway's ambassador to Chile Eirik Haugland said the talks would continue.");
        assertEquals("Eirik Haugland", quote(r, "fall apart").orElseThrow().speaker());
    }

    @Test
    void aDescriptionMatchesTheHeadOfARoleWithAComplement() {
        // the role's head is "epidemiologist", not the last word of "epidemiologist at the university"
        PeopleAndQuotes r = extract("Hemi Walker, an epidemiologist at the university, led the study.",
                "The epidemiologist cautioned, however, that the study could show only an association.");
        assertEquals("Hemi Walker", quote(r, "the study could show").orElseThrow().speaker());
    }
}
