package dev.newsgraph.parse.people;

import static dev.newsgraph.parse.people.Fixtures.extract;
import static dev.newsgraph.parse.people.Fixtures.names;
import static dev.newsgraph.parse.people.Fixtures.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.parse.PeopleAndQuotes;
import dev.newsgraph.parse.QuoteKind;
import org.junit.jupiter.api.Test;

/** The kinds of attribution miss issue 18 lists, each pinned by sentences written for the test. */
class AttributionMissesTest {

    @Test
    void reportedSpeechAfterADayAndBeforeAPronounSubject() {
        PeopleAndQuotes r = extract(
                "Senator Alma Brightwater said Tuesday that the bridge would reopen in March.",
                "Brightwater said she is confident the repairs will hold.");
        ParsedQuote q = quote(r, "the bridge would reopen").orElseThrow();
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("Alma Brightwater", q.speaker());
        assertEquals("Alma Brightwater", quote(r, "she is confident").orElseThrow().speaker());
    }

    @Test
    void organisationsDocumentsAndGroupsReportSpeechWithNoPersonSpeaker() {
        PeopleAndQuotes r = extract(
                "The campaign said Tuesday that it had raised $20 million in the quarter.",
                "Both agencies said that the figures were accurate.",
                "According to the documents, the company paid no tax in 2015.");
        ParsedQuote campaign = quote(r, "it had raised").orElseThrow();
        assertEquals(QuoteKind.INDIRECT, campaign.kind());
        assertEquals("The campaign", campaign.speakerName());
        assertNull(campaign.speaker());
        assertEquals("Both agencies", quote(r, "the figures were accurate").orElseThrow().speakerName());
        ParsedQuote documents = quote(r, "the company paid no tax").orElseThrow();
        assertEquals("according to", documents.cue());
        assertNull(documents.speaker());
    }

    @Test
    void aDescriptionOfAPersonTheArticleNamesIsNotGivenToNobody() {
        PeopleAndQuotes r = extract(
                "Tomas Reyes, 52, opened a bakery on Main Street in 1998.",
                "The owner said the new rent would force him to close.");
        assertTrue(quote(r, "the new rent").map(q -> q.speaker() != null).orElse(true),
                "an unresolved description of a person yields no quote rather than one with no speaker");
    }

    @Test
    void toldReportersTakesTheClauseAfterTheObject() {
        PeopleAndQuotes r = extract("Harbour master Ines Calder told reporters the channel was safe again.");
        ParsedQuote q = quote(r, "the channel was safe").orElseThrow();
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("Ines Calder", q.speaker());
    }

    @Test
    void aPluralSubjectTakesAPresentCue() {
        PeopleAndQuotes r = extract("Local traders also say business is poor this winter.");
        ParsedQuote q = quote(r, "business is poor").orElseThrow();
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("Local traders", q.speakerName());
    }

    @Test
    void aClauseAroundAQuotedFragmentIsAPartialQuoteAndReportedSpeech() {
        PeopleAndQuotes r = extract(
                "Mayor Ann Fox said the plan was \"dead on arrival\" in the Senate and would not be revived.");
        ParsedQuote partial = quote(r, "dead on arrival").orElseThrow();
        assertEquals(QuoteKind.PARTIAL, partial.kind());
        assertEquals("Ann Fox", partial.speaker());
        ParsedQuote clause = quote(r, "the plan was").orElseThrow();
        assertEquals(QuoteKind.INDIRECT, clause.kind());
        assertEquals("Ann Fox", clause.speaker());
    }

    @Test
    void initialsHyphensAndThreePartNamesStayWhole() {
        PeopleAndQuotes r = extract(
                "R. T. Hollings, who chairs the finance panel, said the deficit was smaller than feared.",
                "\"It is manageable,\" Hollings said.",
                "Nadia Okafor-Lind, a hydrologist, said the river had never been lower.",
                "\"The wells are next,\" Okafor-Lind said.",
                "Maria Luisa Fernandez opened the clinic in 2010. \"We treat everyone,\" Fernandez said.");
        assertTrue(names(r).containsAll(java.util.List.of("R. T. Hollings", "Nadia Okafor-Lind", "Maria Luisa Fernandez")),
                names(r).toString());
        assertEquals("R. T. Hollings", quote(r, "It is manageable").orElseThrow().speaker());
        assertEquals("Nadia Okafor-Lind", quote(r, "The wells are next").orElseThrow().speaker());
        assertEquals("Maria Luisa Fernandez", quote(r, "We treat everyone").orElseThrow().speaker());
    }

    @Test
    void aPluralTitleIsNoPartOfTheName() {
        PeopleAndQuotes r = extract(
                "Senators Maria L. Ortega and Paul Dunmore wrote to the agency on Friday.",
                "\"We expect an answer,\" Ortega said.");
        assertTrue(names(r).contains("Maria L. Ortega"), names(r).toString());
        assertFalse(names(r).contains("Senators Maria L. Ortega"));
        assertEquals("Maria L. Ortega", quote(r, "We expect an answer").orElseThrow().speaker());
    }

    @Test
    void aNameInsideAnInstitutionIsNoPerson() {
        PeopleAndQuotes r = extract("Doctors at the Johns Hopkins hospital said the wards were full on Sunday night.");
        assertTrue(names(r).isEmpty(), names(r).toString());
    }

    @Test
    void roleAndOrganisationInAnAppositionGiveTheQuoteToThePerson() {
        PeopleAndQuotes r = extract(
                "Rescue crews searched the coast for a second day.",
                "\"We have not given up,\" Cmdr. Dana Ruiz, a spokesperson for the task force, told reporters.",
                "\"The water is still cold,\" Jeff Moreau, the coordinator of the volunteer divers, said on Friday.");
        assertEquals("Dana Ruiz", quote(r, "We have not given up").orElseThrow().speaker());
        assertEquals("Jeff Moreau", quote(r, "The water is still cold").orElseThrow().speaker());
    }

    @Test
    void aDescribingPhraseBeforeTheNameAfterAQuotation() {
        PeopleAndQuotes r = extract(
                "Turnout was low in the morning.",
                "\"People are moving up,\" former county candidate Herman Vale said.");
        assertEquals("Herman Vale", quote(r, "People are moving up").orElseThrow().speaker());
    }

    @Test
    void appositivesBesideTheCue() {
        PeopleAndQuotes r = extract(
                "The mill will close next year.",
                "\"It is a sad day for the town,\" said Dana Whitfield, chief economist at a Boston bank.",
                "Omar Haddad, the chief executive of the airline, said the fleet would be replaced.");
        assertEquals("Dana Whitfield", quote(r, "It is a sad day").orElseThrow().speaker());
        assertEquals("Omar Haddad", quote(r, "the fleet would be replaced").orElseThrow().speaker());
    }

    @Test
    void aFragmentGoesToTheSubjectOfItsSentenceOrToALaterCue() {
        PeopleAndQuotes r = extract(
                "Sen. Hal Brennan called the report \"a whitewash\" on Monday.",
                "Councillor Ruth Abara pressed the board, calling the delay \"a betrayal of the parents.\"",
                "A \"small handful\" of sponsors are staying away this year, Tim Gilmore said.");
        assertEquals("Hal Brennan", quote(r, "a whitewash").orElseThrow().speaker());
        assertEquals("Ruth Abara", quote(r, "a betrayal").orElseThrow().speaker());
        assertEquals("Tim Gilmore", quote(r, "small handful").orElseThrow().speaker());
    }

    @Test
    void pronounsAfterALawyerSpeaksAboutHerClient() {
        PeopleAndQuotes r = extract(
                "Lena Moretti, a defence lawyer, spoke outside the court after her client Victor Hale was sentenced.",
                "\"He will appeal,\" she said.",
                "\"I am innocent,\" Hale said. \"I never touched the money,\" he added.");
        assertEquals("Lena Moretti", quote(r, "He will appeal").orElseThrow().speaker());
        assertEquals("Victor Hale", quote(r, "I never touched").orElseThrow().speaker());
    }

    @Test
    void aSpeakerIntroducedBeforeAQuotationWithoutACue() {
        PeopleAndQuotes r = extract(
                "Senator Grace Whitcombe spoke to the press after the vote.",
                "\"This bill will help families,\" she said.",
                "\"It is only a start.\"");
        assertEquals("Grace Whitcombe", quote(r, "It is only a start").orElseThrow().speaker());
    }

    @Test
    void organisationsAndUnnamedSourcesAreNamedButNoPerson() {
        PeopleAndQuotes r = extract(
                "The company said the recall would cost millions. \"We regret the error,\" a spokeswoman said.");
        ParsedQuote q = quote(r, "We regret the error").orElseThrow();
        assertEquals("a spokeswoman", q.speakerName());
        assertNull(q.speaker());
        assertTrue(names(r).isEmpty(), names(r).toString());
    }

    @Test
    void twoApostrophesAreADoubleQuoteMark() {
        PeopleAndQuotes r = extract("''We will rebuild the pier,'' Mayor Ellen Dufresne said.");
        ParsedQuote q = quote(r, "We will rebuild the pier").orElseThrow();
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Ellen Dufresne", q.speaker());
    }
}
