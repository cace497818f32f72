package dev.newsgraph.person;

import dev.newsgraph.db.Reads;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Person and mention rows read over JDBC into unmanaged entities (see article/ArticleRows). */
public final class PersonRows {

    /** Read by {@link #person}, from this column on; the person's alias is {@code p}. */
    public static final String COLUMNS = "p.id, p.name, p.aliases, p.roles";

    /** A mention with its person: the mention's alias is {@code m}, its person's {@code p}. */
    public static final String MENTION_COLUMNS = "m.article_id, m.person_id, m.roles, m.mentions, m.position, " + COLUMNS;

    private PersonRows() {
    }

    static Person person(ResultSet row, int first) throws SQLException {
        Person p = new Person();
        p.id = row.getLong(first);
        p.name = row.getString(first + 1);
        p.aliases = Reads.strings(row.getArray(first + 2));
        p.roles = Reads.strings(row.getArray(first + 3));
        return p;
    }

    static PersonMention mention(ResultSet row) throws SQLException {
        PersonMention m = new PersonMention();
        m.articleId = row.getLong(1);
        m.personId = row.getLong(2);
        m.roles = Reads.strings(row.getArray(3));
        m.mentions = row.getInt(4);
        m.position = row.getInt(5);
        m.person = person(row, 6);
        return m;
    }
}
