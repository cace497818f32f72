package dev.newsgraph.parse.people;

import dev.newsgraph.parse.ParsedPerson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A person being assembled: fullest name, the other forms used, roles, mention count, gender if known. */
final class Person {

    final List<String> names;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    /** Ages the article gives ("Name, 56,"), for "the 56-year-old said". */
    final Set<String> ages = new LinkedHashSet<>();
    int mentions;
    FirstNames.Gender gender = FirstNames.Gender.UNKNOWN;
    /** Position of the first mention (paragraph * 100000 + token), for ordering. */
    int firstSeen = Integer.MAX_VALUE;

    Person(List<String> names) {
        this.names = List.copyOf(names);
    }

    String name() {
        return String.join(" ", names);
    }

    String first() {
        return names.get(0);
    }

    String last() {
        return names.get(names.size() - 1);
    }

    boolean compatible(FirstNames.Gender g) {
        return g == FirstNames.Gender.UNKNOWN || gender == FirstNames.Gender.UNKNOWN || gender == g;
    }

    ParsedPerson toParsed() {
        List<String> a = new ArrayList<>(aliases);
        a.remove(name());
        return new ParsedPerson(name(), List.copyOf(a), List.copyOf(roles), mentions);
    }
}
