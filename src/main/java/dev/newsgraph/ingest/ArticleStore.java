package dev.newsgraph.ingest;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleUrls;
import dev.newsgraph.graphql.NotFoundException;
import dev.newsgraph.parse.ParsedDocument;
import dev.newsgraph.parse.ParsedImage;
import dev.newsgraph.parse.RawDocument;
import dev.newsgraph.person.PersonDirectory;
import dev.newsgraph.sql.RowValues;
import dev.newsgraph.story.StoryAssigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Turns one parsed document into rows, all in one transaction. The article's identity is its url, else its
 * canonical url, else its content hash; an advisory lock on that identity serialises concurrent ingests of the same
 * page, and the unique constraint on it stays as the last line of defence.
 *
 * <p>The writes are plain JDBC statements on the transaction's connection, one per table: through Hibernate each
 * statement cost several times the CPU (the entity life cycle, and a query-timeout timer scheduled per statement for
 * the transaction timeout). The {@link Article} handed back and broadcast is built here, not loaded.
 */
@ApplicationScoped
public class ArticleStore {

    private static final String[] ARTICLE_COLUMNS = { "identity_key text", "url text", "canonical_url text",
        "source text", "title text", "description text", "authors text[]", "section text", "language text",
        "published_date date", "published_at timestamptz", "modified_at timestamptz", "lead_image_url text",
        "lead_image_caption text", "lead_image_credit text", "paragraphs text[]", "body text", "word_count integer",
        "warnings text[]", "content_hash text", "sort_date date", "ingested_at timestamptz", "updated_at timestamptz" };

    @Inject
    EntityManager em;

    @Inject
    PersonDirectory directory;

    @Inject
    ChildRows childRows;

    @Inject
    StoryAssigner stories;

    @Inject
    Event<ArticleIngested> ingested;

    @Transactional
    public IngestResult save(RawDocument raw, OffsetDateTime fetchedAt, ParsedDocument parsed) {
        String hash = ContentHash.of(raw);
        String identity = identityOf(raw, parsed, hash);
        Stored stored = work(connection -> lockAndFind(connection, identity));
        if (stored != null && hash.equals(stored.contentHash())) {
            return IngestResult.of(IngestStatus.UNCHANGED, Article.findById(stored.id()));
        }
        IngestStatus status = stored == null ? IngestStatus.CREATED : IngestStatus.UPDATED;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Article article = new Article();
        article.identityKey = identity;
        article.ingestedAt = stored == null ? now : stored.ingestedAt();
        article.id = stored == null ? null : stored.id();
        article.contentHash = hash;
        article.url = raw.url();
        work(connection -> {
            if (stored != null) {
                deleteChildren(connection, stored.id());
            }
            write(connection, article, parsed, now);
            storeRaw(connection, article.id, raw, fetchedAt, now);
            return null;
        });
        if (status == IngestStatus.CREATED) {
            stories.place(article);
        } else {
            stories.replace(article);
        }
        ingested.fire(new ArticleIngested(article));
        return IngestResult.of(status, article);
    }

    /** Re-parses and rewrites one stored article in its own transaction. */
    @Transactional
    public void rewrite(long articleId, Function<RawDocument, ParsedDocument> parser) {
        Stored stored = work(connection -> find(connection, "id = ?", articleId));
        RawDocumentRecord raw = RawDocumentRecord.findById(articleId);
        if (stored == null || raw == null) {
            throw new NotFoundException("No article with id " + articleId + ".");
        }
        ParsedDocument parsed = parser.apply(new RawDocument(raw.url, raw.content, raw.format, raw.source));
        Article article = new Article();
        article.id = articleId;
        article.identityKey = stored.identityKey();
        article.url = stored.url();
        article.contentHash = stored.contentHash();
        article.ingestedAt = stored.ingestedAt();
        work(connection -> {
            deleteChildren(connection, articleId);
            write(connection, article, parsed, OffsetDateTime.now(ZoneOffset.UTC));
            return null;
        });
        stories.replace(article);
        ingested.fire(new ArticleIngested(article));
    }

    @Transactional
    public void delete(long articleId) {
        stories.detach(articleId);
        if (Article.delete("id", articleId) == 0) {
            throw new NotFoundException("No article with id " + articleId + ".");
        }
    }

    /** Stores the article row (inserted when it has no id yet, else updated) and its persons and child rows. */
    private void write(Connection connection, Article article, ParsedDocument parsed, OffsetDateTime now)
            throws SQLException {
        article.canonicalUrl = parsed.canonicalUrl();
        article.source = parsed.source();
        article.title = parsed.title();
        article.description = parsed.description();
        article.authors = new ArrayList<>(parsed.authors());
        article.section = parsed.section();
        article.language = parsed.language();
        article.publishedDate = parsed.publishedDate();
        article.publishedAt = parsed.publishedAt();
        article.modifiedAt = parsed.modifiedAt();
        ParsedImage image = parsed.leadImage();
        article.leadImageUrl = image == null ? null : image.url();
        article.leadImageCaption = image == null ? null : image.caption();
        article.leadImageCredit = image == null ? null : image.credit();
        article.paragraphs = new ArrayList<>(parsed.paragraphs());
        article.body = parsed.text();
        article.wordCount = parsed.wordCount();
        article.warnings = new ArrayList<>(parsed.warnings());
        article.sortDate = parsed.publishedDate() != null ? parsed.publishedDate()
                : article.ingestedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        article.updatedAt = now;
        Object[] values = { article.identityKey, article.url, article.canonicalUrl, article.source, article.title,
            article.description, article.authors, article.section, article.language, article.publishedDate,
            article.publishedAt, article.modifiedAt, article.leadImageUrl, article.leadImageCaption,
            article.leadImageCredit, article.paragraphs, article.body, article.wordCount, article.warnings,
            article.contentHash, article.sortDate, article.ingestedAt, article.updatedAt };
        if (article.id == null) {
            article.id = (Long) new RowValues(ARTICLE_COLUMNS).row(values)
                    .insertInto(connection, "article", "returning id", 1).get(0)[0];
        } else {
            String[] columns = new String[ARTICLE_COLUMNS.length + 1];
            Object[] row = new Object[values.length + 1];
            columns[0] = "id bigint";
            row[0] = article.id;
            System.arraycopy(ARTICLE_COLUMNS, 0, columns, 1, ARTICLE_COLUMNS.length);
            System.arraycopy(values, 0, row, 1, values.length);
            StringBuilder set = new StringBuilder();
            for (String column : ARTICLE_COLUMNS) {
                String name = column.substring(0, column.indexOf(' '));
                set.append(set.isEmpty() ? "" : ", ").append(name).append(" = v.").append(name);
            }
            new RowValues(columns).row(row).update(connection, "article", set.toString());
        }
        Map<String, Long> persons = directory.resolve(connection, parsed.persons(), article.identityKey);
        childRows.insert(connection, article.id, article.source, parsed, persons);
    }

    private static void storeRaw(Connection connection, long articleId, RawDocument raw, OffsetDateTime fetchedAt,
            OffsetDateTime now) throws SQLException {
        new RowValues("article_id bigint", "url text", "content text", "format text", "source text",
                "fetched_at timestamptz", "received_at timestamptz")
                .row(articleId, raw.url(), raw.content(), raw.format().name(), raw.source(), fetchedAt, now)
                .insertInto(connection, "raw_document", "on conflict (article_id) do update set url = excluded.url,"
                        + " content = excluded.content, format = excluded.format, source = excluded.source,"
                        + " fetched_at = excluded.fetched_at, received_at = excluded.received_at", 0);
    }

    private static void deleteChildren(Connection connection, long articleId) throws SQLException {
        for (String table : new String[] { "person_mention", "quote", "editorial_item" }) {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + table
                    + " where article_id = ?")) {
                delete.setLong(1, articleId);
                delete.executeUpdate();
            }
        }
    }

    /** What the stored row of an article says about it, for deciding how to store a new version. */
    private record Stored(long id, String identityKey, String url, String contentHash, OffsetDateTime ingestedAt) {
    }

    /** Takes the identity's lock (held until commit), then reads its row: read after the lock, it is the latest. */
    private static Stored lockAndFind(Connection connection, String identity) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, identity);
            lock.executeQuery().close();
        }
        return find(connection, "identity_key = ?", identity);
    }

    private static Stored find(Connection connection, String condition, Object key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id, identity_key, url, content_hash,"
                + " ingested_at from article where " + condition)) {
            select.setObject(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Stored(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getObject(5, OffsetDateTime.class)) : null;
            }
        }
    }

    private <T> T work(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }

    private static String identityOf(RawDocument raw, ParsedDocument parsed, String contentHash) {
        if (raw.url() != null) {
            return raw.url();
        }
        if (parsed.canonicalUrl() != null && !parsed.canonicalUrl().isBlank()) {
            return ArticleUrls.normalize(parsed.canonicalUrl()).orElse(parsed.canonicalUrl().strip());
        }
        return "sha256:" + contentHash;
    }
}
