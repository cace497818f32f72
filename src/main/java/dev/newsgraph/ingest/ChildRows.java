package dev.newsgraph.ingest;

import dev.newsgraph.parse.ParsedDocument;
import dev.newsgraph.parse.ParsedEditorialItem;
import dev.newsgraph.parse.ParsedPerson;
import dev.newsgraph.parse.ParsedQuote;
import dev.newsgraph.person.PersonNames;
import dev.newsgraph.sql.RowValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts an article's person mentions, quotes and editorial items with one statement per table. Their ids stay
 * IDENTITY, assigned by the database in row order (which the newest-first listings rely on, across replicas too).
 */
@ApplicationScoped
class ChildRows {

    /** {@code persons} are the ids of the parsed persons' rows, keyed by parsed name. */
    void insert(Connection connection, long articleId, String source, ParsedDocument parsed, Map<String, Long> persons)
            throws SQLException {
        mentions(articleId, parsed.persons(), persons).insertInto(connection, "person_mention");
        quotes(articleId, parsed.quotes(), persons).insertInto(connection, "quote");
        editorialItems(articleId, source, parsed.editorialItems()).insertInto(connection, "editorial_item");
    }

    private static RowValues mentions(long articleId, List<ParsedPerson> parsed, Map<String, Long> persons) {
        Map<Long, Mention> byPerson = new LinkedHashMap<>();
        for (ParsedPerson p : parsed) {
            long personId = persons.get(p.name());
            Mention mention = byPerson.get(personId);
            if (mention != null) { // two parsed names that normalise alike are one person
                mention.count += p.mentions();
            } else {
                byPerson.put(personId, new Mention(personId, p.roles(), p.mentions()));
            }
        }
        RowValues rows = new RowValues("article_id bigint", "person_id bigint",
                "roles text[]", "mentions integer", "position integer");
        for (Mention m : byPerson.values()) {
            rows.row(articleId, m.personId, m.roles, m.count, rows.size());
        }
        return rows;
    }

    private static RowValues quotes(long articleId, List<ParsedQuote> parsed, Map<String, Long> persons) {
        Map<String, Long> byNormalized = new HashMap<>();
        persons.forEach((name, id) -> byNormalized.put(PersonNames.normalize(name), id));
        RowValues rows = new RowValues("article_id bigint", "text text", "kind text",
                "speaker_id bigint", "speaker_name text", "cue text", "paragraph integer", "position integer");
        for (ParsedQuote q : parsed) {
            Long speaker = q.speaker() == null ? null : byNormalized.get(PersonNames.normalize(q.speaker()));
            rows.row(articleId, q.text(), q.kind().name(), speaker, q.speakerName(), q.cue(), q.paragraph(),
                    rows.size());
        }
        return rows;
    }

    private static RowValues editorialItems(long articleId, String source, List<ParsedEditorialItem> parsed) {
        RowValues rows = new RowValues("article_id bigint", "section text", "title text",
                "teaser text", "url text", "date date", "updated boolean", "source text", "position integer");
        for (ParsedEditorialItem e : parsed) {
            rows.row(articleId, e.section(), e.title(), e.teaser(), e.url(), e.date(), e.updated(), source,
                    rows.size());
        }
        return rows;
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
