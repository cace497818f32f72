package dev.newsgraph.person;

import dev.newsgraph.parse.ParsedPerson;
import dev.newsgraph.sql.RowValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Runs inside the caller's ingest transaction, on its connection; returns the row ids keyed by the parsed full
     * name. At most four statements whatever the number of persons: lock the keys, read the rows that exist, insert
     * the new rows, update the changed ones.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> resolve(Connection connection, List<ParsedPerson> parsed, String articleKey)
            throws SQLException {
        // Sorted by key: the order the locks are taken in, and the order new rows are numbered in.
        Map<String, List<ParsedPerson>> byKey = new TreeMap<>();
        parsed.forEach(p -> byKey.computeIfAbsent(key(p.name(), articleKey), k -> new ArrayList<>()).add(p));
        Map<String, Long> byName = new LinkedHashMap<>();
        if (byKey.isEmpty()) {
            return byName;
        }
        String[] keys = byKey.keySet().toArray(String[]::new);
        lock(connection, keys);
        Map<String, Stored> stored = existing(connection, keys);
        Map<String, Long> ids = new HashMap<>();
        RowValues added = new RowValues("name text", "normalized_name text", "aliases text[]", "roles text[]");
        RowValues changed = new RowValues("normalized_name text", "aliases text[]", "roles text[]");
        byKey.forEach((key, names) -> {
            Stored row = stored.get(key);
            List<String> aliases = row == null ? List.of() : row.aliases();
            List<String> roles = row == null ? List.of() : row.roles();
            for (ParsedPerson p : names) {
                aliases = union(aliases, p.aliases());
                roles = union(roles, p.roles());
            }
            if (row == null) {
                added.row(names.get(0).name(), key, aliases, roles);
                return;
            }
            ids.put(key, row.id());
            if (!aliases.equals(row.aliases()) || !roles.equals(row.roles())) {
                changed.row(key, aliases, roles);
            }
        });
        // The locks keep other ingests away from these keys: none can have added a row since it was read.
        for (Object[] row : added.insertInto(connection, "person", "returning normalized_name, id", 2)) {
            ids.put((String) row[0], ((Number) row[1]).longValue());
        }
        changed.update(connection, "person", "aliases = v.aliases, roles = v.roles");
        byKey.forEach((key, names) -> names.forEach(p -> byName.put(p.name(), ids.get(key))));
        return byName;
    }

    /**
     * Locks every key in one statement, in the sorted order of {@code keys}: a fixed lock order keeps two ingests that
     * name the same people from deadlocking. Held until commit, so a person created here is seen by the next ingest.
     */
    private static void lock(Connection connection, String[] keys) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(pg_advisory_xact_lock(hashtextextended('person:' || k, 1)))"
                        + " from unnest(cast(? as text[])) as k")) {
            statement.setArray(1, connection.createArrayOf("text", keys));
            statement.executeQuery().close();
        }
    }

    private static Map<String, Stored> existing(Connection connection, String[] keys) throws SQLException {
        Map<String, Stored> byKey = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select id, name, normalized_name, aliases,"
                + " roles from person where normalized_name = any(cast(? as text[]))")) {
            statement.setArray(1, connection.createArrayOf("text", keys));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byKey.put(rows.getString(3), new Stored(rows.getLong(1), rows.getString(2),
                            strings(rows.getArray(4)), strings(rows.getArray(5))));
                }
            }
        }
        return byKey;
    }

    private record Stored(long id, String name, List<String> aliases, List<String> roles) {
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String key(String name, String articleKey) {
        String normalized = PersonNames.normalize(name);
        return PersonNames.isBareName(normalized) ? normalized + " @" + articleKey : normalized;
    }

    private static List<String> union(List<String> current, List<String> added) {
        LinkedHashSet<String> all = new LinkedHashSet<>(current);
        all.addAll(added);
        return new ArrayList<>(all);
    }
}
