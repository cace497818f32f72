package dev.newsgraph.parse.people;

import dev.newsgraph.parse.ParsedPerson;
import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.parse.PeopleAndQuotes;
import dev.newsgraph.parse.QuoteKind;
import java.util.List;
import java.util.Optional;

/** Small helpers for the people tests. */
final class Fixtures {

    private Fixtures() {
    }

    static PeopleAndQuotes extract(String... paragraphs) {
        return new PeopleExtractor().extract(List.of(paragraphs));
    }

    static List<String> names(PeopleAndQuotes r) {
        return r.persons().stream().map(ParsedPerson::name).toList();
    }

    static Optional<ParsedPerson> person(PeopleAndQuotes r, String name) {
        return r.persons().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The quote whose text starts with {@code start}. */
    static Optional<ParsedQuote> quote(PeopleAndQuotes r, String start) {
        return r.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst();
    }

    static List<ParsedQuote> ofKind(PeopleAndQuotes r, QuoteKind kind) {
        return r.quotes().stream().filter(q -> q.kind() == kind).toList();
    }
}
