package dev.newsgraph.parse.people;

import static dev.newsgraph.parse.people.Fixtures.extract;
import static dev.newsgraph.parse.people.Fixtures.names;
import static dev.newsgraph.parse.people.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.parse.ParsedPerson;
import dev.newsgraph.parse.PeopleAndQuotes;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonRegistryTest {

    @Test
    void placesAndOrganisationsAreNotPersons() {
        PeopleAndQuotes r = extract(
                "Officials at the Grand Harbour Authority met in Port Elizabeth on Monday with staff of Rolling "
                        + "Meadows Hospital and the Lake Victoria Basin Commission.",
                "The talks at Staples Center were led by Mayor Anne Holloway, who flew in from New Mexico.",
                "Holloway later visited the Walter Reed hospital and the Hanoi Hilton museum.");
        assertEquals(List.of("Anne Holloway"), names(r));
    }

    @Test
    void namesInsideCompanyNamesAreNotPersons() {
        PeopleAndQuotes r = extract("Dick Clark Productions and Big Machine Records signed the deal.",
                "Big Machine said the deal was fair.");
        assertTrue(names(r).isEmpty(), names(r).toString());
    }

    @Test
    void aFirstNameThatIsAlsoARoleNounOpensAName() {
        // "dean" is a role noun but no title: before a surname it is the first name
        PeopleAndQuotes r = extract("Ohio Attorney General Dean Mercer said his office would appeal the ruling.",
                "Mercer called the order an overreach.");
        ParsedPerson mercer = person(r, "Dean Mercer").orElseThrow(() -> new AssertionError(names(r)));
        assertTrue(mercer.roles().contains("Ohio Attorney General"), mercer.roles().toString());
        assertEquals(List.of("Mercer"), mercer.aliases());
        assertEquals(List.of("Dean Mercer"), names(r));
    }

    @Test
    void twoPeopleSharingASurnameStayApart() {
        PeopleAndQuotes r = extract(
                "Senator Maria Okafor and her brother, businessman Daniel Okafor, attended the hearing.",
                "Okafor told reporters she would vote against the bill.");
        ParsedPerson maria = person(r, "Maria Okafor").orElseThrow();
        ParsedPerson daniel = person(r, "Daniel Okafor").orElseThrow();
        assertEquals(List.of("Okafor"), maria.aliases());
        assertTrue(daniel.aliases().isEmpty(), daniel.aliases().toString());
        assertEquals(2, maria.mentions());
        assertEquals(1, daniel.mentions());
    }

    @Test
    void laterMentionsAndTitlesBecomeAliasesAndRoles() {
        PeopleAndQuotes r = extract(
                "Deputy Health Minister Tomasz Wieczorek opened the clinic on Friday.",
                "Mr Wieczorek said the clinic would serve 4,000 families.",
                "Minister Wieczorek, a former surgeon, thanked the staff.");
        ParsedPerson p = person(r, "Tomasz Wieczorek").orElseThrow();
        assertEquals(List.of("Wieczorek"), p.aliases());
        assertTrue(p.roles().contains("Deputy Health Minister"), p.roles().toString());
        assertTrue(p.roles().contains("former surgeon"), p.roles().toString());
        assertEquals(3, p.mentions());
        assertEquals(1, r.persons().size());
    }

    @Test
    void aTitledSurnameAloneIsAPerson() {
        PeopleAndQuotes r = extract("The committee, led by Chairman Adeyemi, postponed the vote.");
        assertEquals(List.of("Adeyemi"), names(r));
        assertTrue(person(r, "Adeyemi").orElseThrow().roles().contains("Chairman"));
    }

    @Test
    void unknownFirstNamesNeedSomeSignOfAPerson() {
        PeopleAndQuotes r = extract(
                "Striker Kwabena Osei-Mensah scored twice, and Ovidiu Marinescu added a third.",
                "Coastal Meadows drew 1-1 with Northern Pines in the other game.",
                "Marinescu has scored in four straight games.");
        List<String> got = names(r);
        assertTrue(got.contains("Kwabena Osei-Mensah"), got.toString());
        assertTrue(got.contains("Ovidiu Marinescu"), got.toString());
        assertFalse(got.contains("Coastal Meadows"), got.toString());
        assertFalse(got.contains("Northern Pines"), got.toString());
    }
}
