package dev.newsgraph.quote;

import dev.newsgraph.db.Reads;
import dev.newsgraph.db.Sql;
import dev.newsgraph.graphql.EntityLookups;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.SqlListing;
import jakarta.enterprise.context.control.ActivateRequestContext;
import dev.newsgraph.db.RetriedOnStaleConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Quotes newest first (keyset on id), filtered by speaker, kind and full-text search. */
@ApplicationScoped
// Reads run in no transaction: one request-scoped session per GraphQL request, autocommit statements, no
// BEGIN/COMMIT around each batched resolver. The annotation only matters where no request is active (subscriptions).
@ActivateRequestContext
@RetriedOnStaleConnection
public class QuoteQueries {

    private static final String ORDERING = "quote-newest";

    @Inject
    EntityManager em;

    @Inject
    Reads reads;

    public Page<Quote> list(QuoteFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after, ORDERING, 1);
        SqlListing listing = new SqlListing("quote q");
        if (filter != null) {
            if (filter.speakerId != null) {
                listing.where("q.speaker_id = :speakerId", "speakerId", Ids.parse(filter.speakerId, "filter.speakerId"));
            }
            if (filter.kind != null) {
                listing.where("q.kind = :kind", "kind", filter.kind.name());
            }
            if (filter.search != null && !filter.search.isBlank()) {
                listing.where("q.search @@ websearch_to_tsquery('english', :search)", "search", filter.search.strip());
            }
        }
        return listing.newestFirst(em, "q.id", request, ORDERING, ids -> EntityLookups.byIds(em, Quote.class, ids),
                q -> q.id);
    }

    /** The quotes of these articles, in one statement. */
    public List<List<Quote>> quotesOf(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        List<Quote> quotes = reads.list(Sql.named("select " + QuoteRows.COLUMNS + " from quote q"
                + " where q.article_id = any(:articles) order by q.article_id, q.position",
                java.util.Map.of("articles", articleIds)), QuoteRows::read);
        return SqlListing.groupedBy(articleIds, quotes, q -> q.articleId);
    }
}
