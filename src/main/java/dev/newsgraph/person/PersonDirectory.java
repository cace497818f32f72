package dev.newsgraph.person;

import dev.newsgraph.parse.ParsedPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds or creates the one Person row for each name an article gives, merging aliases and roles. A full name is one
 * identity everywhere; a bare single name is only trusted within the article that uses it.
 */
@ApplicationScoped
public class PersonDirectory {

    @Inject
    EntityManager em;

    /**
     * Runs inside the caller's ingest transaction; returns the rows keyed by the parsed full name. Its queries read
     * person rows only, which have no pending changes here, so they skip the flush a native query would force.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Person> resolve(List<ParsedPerson> parsed, String articleKey) {
        // Sorted by key: the order the locks are taken in.
        Map<String, List<ParsedPerson>> byKey = new TreeMap<>();
        parsed.forEach(p -> byKey.computeIfAbsent(key(p.name(), articleKey), k -> new ArrayList<>()).add(p));
        Map<String, Person> byName = new LinkedHashMap<>();
        if (byKey.isEmpty()) {
            return byName;
        }
        List<String> keys = List.copyOf(byKey.keySet());
        lock(keys);
        Map<String, Person> stored = existing(keys);
        byKey.forEach((key, names) -> {
            Person person = stored.get(key);
            for (ParsedPerson p : names) {
                if (person == null) {
                    person = newPerson(p.name(), key);
                }
                person.aliases = union(person.aliases, p.aliases());
                person.roles = union(person.roles, p.roles());
                person.persist();
                byName.put(p.name(), person);
            }
        });
        return byName;
    }

    /**
     * Locks every key in one statement, in the sorted order of {@code keys}: a fixed lock order keeps two ingests that
     * name the same people from deadlocking. Held until commit, so a person created here is seen by the next ingest.
     */
    private void lock(List<String> keys) {
        em.createNativeQuery("select count(pg_advisory_xact_lock(hashtextextended('person:' || k, 1)))"
                + " from unnest(cast(:keys as text[])) as k").setParameter("keys", keys.toArray(String[]::new))
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
    }

    private Map<String, Person> existing(List<String> keys) {
        Map<String, Person> byKey = new HashMap<>();
        em.createNativeQuery("select * from person where normalized_name = any(cast(:keys as text[]))", Person.class)
                .setParameter("keys", keys.toArray(String[]::new)).setFlushMode(FlushModeType.COMMIT).getResultList()
                .forEach(row -> byKey.put(((Person) row).normalizedName, (Person) row));
        return byKey;
    }

    private static Person newPerson(String name, String key) {
        Person person = new Person();
        person.name = name;
        person.normalizedName = key;
        return person;
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
