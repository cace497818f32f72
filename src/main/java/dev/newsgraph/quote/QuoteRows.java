package dev.newsgraph.quote;

import dev.newsgraph.parse.QuoteKind;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Quote rows read over JDBC into unmanaged entities (see article/ArticleRows). */
public final class QuoteRows {

    /** Read by {@link #read}, in this order; the quote's alias is {@code q}. */
    public static final String COLUMNS = "q.id, q.article_id, q.text, q.kind, q.speaker_id, q.speaker_name, q.cue,"
            + " q.paragraph, q.position";

    private QuoteRows() {
    }

    static Quote read(ResultSet row) throws SQLException {
        Quote q = new Quote();
        q.id = row.getLong(1);
        q.articleId = row.getLong(2);
        q.text = row.getString(3);
        q.kind = QuoteKind.valueOf(row.getString(4));
        long speaker = row.getLong(5);
        q.speakerId = row.wasNull() ? null : speaker;
        q.speakerName = row.getString(6);
        q.cue = row.getString(7);
        q.paragraph = row.getInt(8);
        q.position = row.getInt(9);
        return q;
    }
}
