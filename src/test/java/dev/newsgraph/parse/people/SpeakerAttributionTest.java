package dev.newsgraph.parse.people;

import static dev.newsgraph.parse.people.Fixtures.extract;
import static dev.newsgraph.parse.people.Fixtures.ofKind;
import static dev.newsgraph.parse.people.Fixtures.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.parse.PeopleAndQuotes;
import dev.newsgraph.parse.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One class of attribution mistake per test, each with a short article of its own (issue 10). */
class SpeakerAttributionTest {

    @Test
    void pronounsAgreeInGenderWhenAManAndAWomanAreInPlay() {
        PeopleAndQuotes r = extract(
                "Paul Brandt, 38, stood beside his lawyer, Nicole Avery, as the verdict was read in the packed court.",
                "\"My client will appeal this decision,\" she said. \"I am sorry for what happened,\" he said.");
        assertEquals("Nicole Avery", quote(r, "My client will appeal").orElseThrow().speaker());
        assertEquals("Paul Brandt", quote(r, "I am sorry").orElseThrow().speaker());
    }

    @Test
    void anAgeDescriptionResolvesToThePersonIntroducedWithThatAge() {
        PeopleAndQuotes r = extract(
                "Gregory Lang, 61, was elected chairman of the water board on Monday after a close vote.",
                "Members also chose Irene Falk, 44, as his deputy for the next two years.",
                "\"We start work on the reservoir tomorrow,\" the 61-year-old said.");
        assertEquals("Gregory Lang", quote(r, "We start work").orElseThrow().speaker());
    }

    @Test
    void aBareAgeDescriptionStandsForThePersonInFocus() {
        PeopleAndQuotes r = extract(
                "Former minister Oliver Banks will run for mayor, he told supporters at a rally in the town hall.",
                "The 58-year-old said the town needed \"a plan that lasts longer than an election\".");
        assertEquals("Oliver Banks", quote(r, "a plan that lasts").orElseThrow().speaker());
    }

    @Test
    void aRoleDescriptionResolvesToThePersonWithThatRole() {
        PeopleAndQuotes r = extract(
                "U.S. District Judge Miriam Ochoa denied bail for the defendant on Wednesday afternoon.",
                "\"The risk that he flees is simply too high,\" the judge said.");
        assertEquals("Miriam Ochoa", quote(r, "The risk that he flees").orElseThrow().speaker());
    }

    @Test
    void anIndefiniteDescriptionIsSomeoneNotNamed() {
        PeopleAndQuotes r = extract(
                "Police spokesman Dan Ortiz confirmed that two people were arrested after the fire.",
                "\"It was chaos for about an hour,\" a spokesman said.");
        assertNull(quote(r, "It was chaos").orElseThrow().speaker());
    }

    @Test
    void anOrganisationSpeaksUnderItsNameWithNoPerson() {
        PeopleAndQuotes r = extract(
                "Health officials in the province confirmed three new cases of measles on Friday evening.",
                "\"We are contacting every family whose child may have been exposed,\" the ministry said.");
        ParsedQuote q = quote(r, "We are contacting").orElseThrow();
        assertNull(q.speaker());
        assertEquals("the ministry", q.speakerName());
    }

    @Test
    void documentsAndFragmentsAreNeverSpeakers() {
        PeopleAndQuotes r = extract(
                "The airline apologised to passengers whose flights were cancelled over the holiday weekend.",
                "\"Mistakes were made in how we planned the crews,\" the statement said.",
                "Kremlin spokesman Ivan Petrov told reporters that Moscow would respond \"in kind\" to the sanctions.");
        ParsedQuote statement = quote(r, "Mistakes were made").orElseThrow();
        assertNull(statement.speaker());
        assertNull(statement.speakerName(), "a document is not a speaker");
        ParsedQuote partial = quote(r, "in kind").orElseThrow();
        assertEquals("Ivan Petrov", partial.speaker(), "not the fragment 'reporters that Moscow'");
    }

    @Test
    void qAndAAnswersAreTheIntervieweesWords() {
        PeopleAndQuotes r = extract(
                "Architect Ingrid Solberg designed the new central library. She spoke to us about light and noise.",
                "Q: Why so much glass?",
                "A: Readers want daylight. A library should feel like a public square, not a vault.",
                "Q: And the noise?",
                "A: We hid the acoustic panels in the ceiling, so nobody notices them.");
        List<ParsedQuote> direct = ofKind(r, QuoteKind.DIRECT);
        assertEquals(2, direct.size(), direct.toString());
        for (ParsedQuote q : direct) {
            assertEquals("Ingrid Solberg", q.speaker());
        }
        assertEquals("Readers want daylight. A library should feel like a public square, not a vault",
                direct.get(0).text());
    }

    @Test
    void namedTurnsOfATranscriptKeepTheirSpeakers() {
        PeopleAndQuotes r = extract(
                "Radio host Carol Dunne asked the two candidates, Senator Ray Holm and Mr. Luis Ortega, about rents.",
                "DUNNE: Rents rose twelve percent last year. What would you do?",
                "HOLM: Build more homes near the train lines and stop blocking them in committee.",
                "ORTEGA: Cap the increases first. Building takes ten years.");
        assertEquals("Carol Dunne", quote(r, "Rents rose").orElseThrow().speaker());
        assertEquals("Ray Holm", quote(r, "Build more homes").orElseThrow().speaker());
        assertEquals("Luis Ortega", quote(r, "Cap the increases").orElseThrow().speaker());
    }

    @Test
    void aSingleCapitalisedLabelIsNotATranscript() {
        PeopleAndQuotes r = extract(
                "Mayor Ann Keel opened the new bridge on Saturday in front of a large crowd of residents.",
                "UPDATE: The bridge will close again on Monday for final inspections of the railings.");
        assertTrue(r.quotes().isEmpty(), r.quotes().toString());
    }

    @Test
    void reportedSpeechBeyondSaidThat() {
        PeopleAndQuotes r = extract(
                "Senator Dana Whitley, who chairs the budget committee, said the bill would pass by Friday.",
                "The committee's top Democrat, Mark Ellery, denied that his party had walked out of the talks.",
                "According to Ellery, negotiators agreed on most of the spending lines last week.",
                "Whitley believes a short-term measure is the most likely outcome of the talks.",
                "Ellery told reporters the two sides were still far apart on defence spending.");
        assertIndirect(r, "the bill would pass by Friday", "Dana Whitley");
        assertIndirect(r, "his party had walked out of the talks", "Mark Ellery");
        assertIndirect(r, "negotiators agreed on most of the spending lines last week", "Mark Ellery");
        assertIndirect(r, "a short-term measure is the most likely outcome of the talks", "Dana Whitley");
        assertIndirect(r, "the two sides were still far apart on defence spending", "Mark Ellery");
    }

    @Test
    void aBareNounSubjectStartsAReportedClause() {
        PeopleAndQuotes r = extract(
                "Chief executive Laura Grimes said shoppers were buying less on each visit to the stores.");
        assertIndirect(r, "shoppers were buying less on each visit to the stores", "Laura Grimes");
    }

    @Test
    void aClauseWithItsOwnPersonSubjectEndsTheReportedSpeech() {
        PeopleAndQuotes r = extract(
                "The current mayor, Joan Pike, has said she will seek a second term, and local trader Sam Obi "
                        + "launched his own campaign last month.");
        assertIndirect(r, "she will seek a second term", "Joan Pike");
    }

    @Test
    void theHearerOfAPassiveIsNotTheSpeaker() {
        PeopleAndQuotes r = extract(
                "Kevin Marsh was told that his contract would not be renewed after the end of the season.");
        assertTrue(ofKind(r, QuoteKind.INDIRECT).isEmpty(), r.quotes().toString());
    }

    @Test
    void aPostposedAttributionWithADescriptionNamedLater() {
        PeopleAndQuotes r = extract(
                "A nurse who was dismissed after a row over overtime pay has won her case, her solicitor said on Friday.",
                "Her solicitor, Rhona Baird, said the hospital had never looked at the rota.");
        assertIndirect(r, "A nurse who was dismissed after a row over overtime pay has won her case", "Rhona Baird");
        assertIndirect(r, "the hospital had never looked at the rota", "Rhona Baird");
    }

    @Test
    void itAfterAnOrganisationSpeakerIsThatOrganisation() {
        PeopleAndQuotes r = extract(
                "The foreign ministry summoned the ambassador on Friday over the arrest of two of its citizens.",
                "The ministry said the arrests were unlawful. \"We regard this as a hostile act,\" it said.");
        ParsedQuote q = quote(r, "We regard this").orElseThrow();
        assertNull(q.speaker());
        assertEquals("The ministry", q.speakerName());
    }

    @Test
    void aGenderedRoleTellsThePronounWhenTheFirstNameIsUnknown() {
        PeopleAndQuotes r = extract(
                "Congresswoman Tadhgina Morrow questioned the defendant, Brook Vance, for most of the afternoon.",
                "Vance answered every question about the missing funds. \"He is not telling us the truth,\" she said.");
        assertEquals("Tadhgina Morrow", quote(r, "He is not telling").orElseThrow().speaker());
    }

    @Test
    void aParentheticalBeforeThatAndAReportedQuestion() {
        PeopleAndQuotes r = extract(
                "Dr Hana Sato led the study of eleven thousand patients at three hospitals over four years.",
                "Sato cautioned, however, that the study could show only an association between the two.",
                "She declined to say how much the trial had cost the hospitals.");
        assertIndirect(r, "the study could show only an association between the two", "Hana Sato");
        assertEquals(1, ofKind(r, QuoteKind.INDIRECT).size(), r.quotes().toString());
    }

    @Test
    void aPassiveCueOrATitleAfterCalledIsNoAttribution() {
        PeopleAndQuotes r = extract(
                "The aide, a friend of Helen Marsh and Victor Lund, said he was told by a colleague that the deal "
                        + "would give \"breathing room\" to the company.",
                "Lund later read a poem called \"Winter Harbour, Early Light\" at the memorial.");
        quote(r, "breathing room").ifPresent(q -> assertNull(q.speaker(), q.toString()));
        assertTrue(quote(r, "Winter Harbour").isEmpty(), r.quotes().toString());
    }

    private static void assertIndirect(PeopleAndQuotes r, String text, String speaker) {
        ParsedQuote q = ofKind(r, QuoteKind.INDIRECT).stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no INDIRECT \"" + text + "\" in " + r.quotes()));
        assertEquals(speaker, q.speaker(), text);
    }
}
