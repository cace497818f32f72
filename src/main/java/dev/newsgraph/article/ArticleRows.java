package dev.newsgraph.article;

import dev.newsgraph.db.Reads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Article rows read over JDBC into unmanaged {@link Article} instances: the columns the API shows, and the text
 * ({@code body}, {@code paragraphs}) only when asked for. A new column the API shows is added to {@link #COLUMNS} and
 * {@link #read}; the rows of another entity follow the same pattern (person/PersonRows, quote/QuoteRows).
 */
public final class ArticleRows {

    /** Read by {@link #read}, in this order; the article's alias is {@code a}. */
    public static final String COLUMNS = "a.id, a.url, a.canonical_url, a.source, a.title, a.description, a.authors,"
            + " a.section, a.language, a.published_date, a.published_at, a.modified_at, a.lead_image_url,"
            + " a.lead_image_caption, a.lead_image_credit, a.word_count, a.ingested_at, a.updated_at, a.sort_date";
    private static final int COLUMN_COUNT = 19;
    public static final String TEXT_COLUMNS = ", a.body, a.paragraphs";

    private ArticleRows() {
    }

    public static String columns(boolean withText) {
        return withText ? COLUMNS + TEXT_COLUMNS : COLUMNS;
    }

    public static Reads.Row<Article> reader(boolean withText) {
        return row -> read(row, withText);
    }

    public static Article read(ResultSet row, boolean withText) throws SQLException {
        Article a = new Article();
        a.id = row.getLong(1);
        a.url = row.getString(2);
        a.canonicalUrl = row.getString(3);
        a.source = row.getString(4);
        a.title = row.getString(5);
        a.description = row.getString(6);
        a.authors = Reads.strings(row.getArray(7));
        a.section = row.getString(8);
        a.language = row.getString(9);
        a.publishedDate = row.getObject(10, LocalDate.class);
        a.publishedAt = row.getObject(11, OffsetDateTime.class);
        a.modifiedAt = row.getObject(12, OffsetDateTime.class);
        a.leadImageUrl = row.getString(13);
        a.leadImageCaption = row.getString(14);
        a.leadImageCredit = row.getString(15);
        a.wordCount = row.getInt(16);
        a.ingestedAt = row.getObject(17, OffsetDateTime.class);
        a.updatedAt = row.getObject(18, OffsetDateTime.class);
        a.sortDate = row.getObject(19, LocalDate.class);
        if (withText) {
            a.body = row.getString(COLUMN_COUNT + 1);
            a.paragraphs = Reads.strings(row.getArray(COLUMN_COUNT + 2));
        }
        return a;
    }
}
