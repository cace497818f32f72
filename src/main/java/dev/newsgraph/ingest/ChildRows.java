package dev.newsgraph.ingest;

import dev.newsgraph.parse.ParsedDocument;
import dev.newsgraph.parse.ParsedEditorialItem;
import dev.newsgraph.parse.ParsedPerson;
import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.person.Person;
import dev.newsgraph.person.PersonNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Inserts an article's person mentions, quotes and editorial items with one JDBC batch per table. Their ids stay
 * IDENTITY, assigned by the database in insert order (which the newest-first listings rely on, across replicas too),
 * and Hibernate sends one round trip per persisted IDENTITY row.
 */
@ApplicationScoped
class ChildRows {

    private static final String MENTION = "insert into person_mention (article_id, person_id, roles, mentions, position)"
            + " values (?, ?, ?, ?, ?)";
    private static final String QUOTE = "insert into quote (article_id, text, kind, speaker_id, speaker_name, cue,"
            + " paragraph, position) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String EDITORIAL_ITEM = "insert into editorial_item (article_id, section, title, teaser, url,"
            + " date, updated, source, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    EntityManager em;

    /** {@code persons} are the rows of the parsed persons, keyed by parsed name. */
    void insert(long articleId, String source, ParsedDocument parsed, Map<String, Person> persons) {
        em.unwrap(Session.class).doWork(connection -> {
            insertMentions(connection, articleId, parsed.persons(), persons);
            insertQuotes(connection, articleId, parsed.quotes(), persons);
            insertEditorialItems(connection, articleId, source, parsed.editorialItems());
        });
    }

    private static void insertMentions(Connection connection, long articleId, List<ParsedPerson> parsed,
            Map<String, Person> persons) throws SQLException {
        Map<Long, Mention> byPerson = new LinkedHashMap<>();
        for (ParsedPerson p : parsed) {
            Person person = persons.get(p.name());
            Mention mention = byPerson.get(person.id);
            if (mention != null) { // two parsed names that normalise alike are one person
                mention.count += p.mentions();
            } else {
                byPerson.put(person.id, new Mention(person.id, p.roles(), p.mentions()));
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (Mention m : byPerson.values()) {
            rows.add(new Object[] { articleId, m.personId, connection.createArrayOf("text", m.roles.toArray()), m.count,
                    rows.size() });
        }
        batch(connection, MENTION, rows);
    }

    private static void insertQuotes(Connection connection, long articleId, List<ParsedQuote> parsed,
            Map<String, Person> persons) throws SQLException {
        Map<String, Person> byNormalized = new HashMap<>();
        persons.forEach((name, person) -> byNormalized.put(PersonNames.normalize(name), person));
        List<Object[]> rows = new ArrayList<>();
        for (ParsedQuote q : parsed) {
            Person speaker = q.speaker() == null ? null : byNormalized.get(PersonNames.normalize(q.speaker()));
            rows.add(new Object[] { articleId, q.text(), q.kind().name(), speaker == null ? null : speaker.id,
                    q.speakerName(), q.cue(), q.paragraph(), rows.size() });
        }
        batch(connection, QUOTE, rows);
    }

    private static void insertEditorialItems(Connection connection, long articleId, String source,
            List<ParsedEditorialItem> parsed) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (ParsedEditorialItem e : parsed) {
            rows.add(new Object[] { articleId, e.section(), e.title(), e.teaser(), e.url(), e.date(), e.updated(),
                    source, rows.size() });
        }
        batch(connection, EDITORIAL_ITEM, rows);
    }

    private static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static final class Mention {
        final long personId;
        final List<String> roles;
        int count;

        Mention(long personId, List<String> roles, int count) {
            this.personId = personId;
            this.roles = roles;
            this.count = count;
        }
    }
}
