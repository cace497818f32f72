package dev.newsgraph.quote;

import dev.newsgraph.graphql.Cursor;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.SqlListing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Quotes newest first (keyset on id), filtered by speaker, kind and full-text search. */
@ApplicationScoped
@Transactional
public class QuoteQueries {

    private static final String ORDERING = "quote-newest";

    @Inject
    EntityManager em;

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
        String keyset = request.after() == null ? null : "q.id < :afterId";
        Map<String, Object> keysetParams = request.after() == null ? Map.of()
                : Map.of("afterId", request.after().longKey(0));
        List<Object[]> rows = listing.page(em, "q.id", keyset, keysetParams, "q.id desc", request.fetchSize());
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        List<Quote> quotes = SqlListing.inOrder(ids, list -> Quote.list("id in ?1", list), q -> q.id);
        return Page.of(quotes, request, q -> Cursor.of(ORDERING, q.id), listing.count(em));
    }

    public List<List<Quote>> quotesOf(List<Long> articleIds) {
        List<Quote> quotes = Quote.list("articleId in ?1 order by articleId, position", articleIds);
        return SqlListing.groupedBy(articleIds, quotes, q -> q.articleId);
    }
}
