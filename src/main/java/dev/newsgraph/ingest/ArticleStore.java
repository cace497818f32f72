package dev.newsgraph.ingest;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleUrls;
import dev.newsgraph.editorial.EditorialItem;
import dev.newsgraph.graphql.NotFoundException;
import dev.newsgraph.parse.ParsedDocument;
import dev.newsgraph.parse.ParsedImage;
import dev.newsgraph.parse.RawDocument;
import dev.newsgraph.person.Person;
import dev.newsgraph.person.PersonDirectory;
import dev.newsgraph.person.PersonMention;
import dev.newsgraph.quote.Quote;
import dev.newsgraph.story.StoryAssigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;

/**
 * Turns one parsed document into rows, all in one transaction. The article's identity is its url, else its
 * canonical url, else its content hash; an advisory lock on that identity serialises concurrent ingests of the same
 * page, and the unique constraint on it stays as the last line of defence.
 */
@ApplicationScoped
public class ArticleStore {

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
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))", Integer.class)
                .setParameter("key", identity).getSingleResult();
        Article article = Article.find("identityKey", identity).firstResult();
        if (article != null && hash.equals(article.contentHash)) {
            return IngestResult.of(IngestStatus.UNCHANGED, article);
        }
        IngestStatus status = article == null ? IngestStatus.CREATED : IngestStatus.UPDATED;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (article == null) {
            article = new Article();
            article.identityKey = identity;
            article.ingestedAt = now;
        } else {
            deleteChildren(article.id);
        }
        article.contentHash = hash;
        article.url = raw.url();
        write(article, parsed, now);
        storeRaw(article.id, raw, fetchedAt, now);
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
    public void rewrite(long articleId, java.util.function.Function<RawDocument, ParsedDocument> parser) {
        Article article = Article.findById(articleId);
        RawDocumentRecord raw = RawDocumentRecord.findById(articleId);
        if (article == null || raw == null) {
            throw new NotFoundException("No article with id " + articleId + ".");
        }
        ParsedDocument parsed = parser.apply(new RawDocument(raw.url, raw.content, raw.format, raw.source));
        deleteChildren(articleId);
        write(article, parsed, OffsetDateTime.now(ZoneOffset.UTC));
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

    private void write(Article article, ParsedDocument parsed, OffsetDateTime now) {
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
        article.persist();
        em.flush();
        Map<String, Person> persons = directory.resolve(parsed.persons(), article.identityKey);
        childRows.insert(article.id, article.source, parsed, persons);
    }

    private void storeRaw(long articleId, RawDocument raw, OffsetDateTime fetchedAt, OffsetDateTime now) {
        RawDocumentRecord record = RawDocumentRecord.findById(articleId);
        if (record == null) {
            record = new RawDocumentRecord();
            record.articleId = articleId;
        }
        record.url = raw.url();
        record.content = raw.content();
        record.format = raw.format();
        record.source = raw.source();
        record.fetchedAt = fetchedAt;
        record.receivedAt = now;
        record.persist();
    }

    private void deleteChildren(long articleId) {
        PersonMention.delete("articleId", articleId);
        Quote.delete("articleId", articleId);
        EditorialItem.delete("articleId", articleId);
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
