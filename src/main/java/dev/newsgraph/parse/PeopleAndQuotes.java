package dev.newsgraph.parse;

import java.util.List;

public record PeopleAndQuotes(List<ParsedPerson> persons, List<ParsedQuote> quotes) {

    public static final PeopleAndQuotes NONE = new PeopleAndQuotes(List.of(), List.of());
}
