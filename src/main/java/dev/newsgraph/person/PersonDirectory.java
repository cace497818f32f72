package dev.newsgraph.person;

import dev.newsgraph.parse.ParsedPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Finds or creates the one Person row for each name an article gives, merging aliases and roles. A full name is one
 * identity everywhere; a bare single name is only trusted within the article that uses it.
 */
@ApplicationScoped
public class PersonDirectory {

    @Inject
    EntityManager em;

    /** Runs inside the caller's ingest transaction; returns the rows keyed by the parsed full name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Person> resolve(List<ParsedPerson> parsed, String articleKey) {
        List<ParsedPerson> ordered = new ArrayList<>(parsed);
        // A fixed lock order keeps two ingests that name the same people from deadlocking.
        ordered.sort(Comparator.comparing(p -> key(p.name(), articleKey)));
        Map<String, Person> byName = new LinkedHashMap<>();
        for (ParsedPerson p : ordered) {
            String key = key(p.name(), articleKey);
            em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 1))")
                    .setParameter("key", "person:" + key).getSingleResult();
            Person person = Person.find("normalizedName", key).firstResult();
            if (person == null) {
                person = new Person();
                person.name = p.name();
                person.normalizedName = key;
            }
            person.aliases = union(person.aliases, p.aliases());
            person.roles = union(person.roles, p.roles());
            person.persist();
            byName.put(p.name(), person);
        }
        return byName;
    }

    private static String key(String name, String articleKey) {
        String normalized = PersonNames.normalize(name);
        return PersonNames.isBareName(normalized) ? normalized + " @" + articleKey : normalized;
    }

    private static List<String> union(List<String> current, List<String> added) {
        LinkedHashSet<String> all = new LinkedHashSet<>(current == null ? List.of() : current);
        all.addAll(added);
        return new ArrayList<>(all);
    }
}
