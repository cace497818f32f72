package dev.newsgraph.article;

import dev.newsgraph.graphql.Cursor;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.graphql.EntityLookups;
import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.SqlListing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Article listings with keyset pagination: newest first on (sort_date, id), or by full-text rank on (rank, id) when
 * searching. Never OFFSET: a page starts right after its cursor's row, so inserts do not shift pages.
 */
@ApplicationScoped
@Transactional
public class ArticleQueries {

    static final String NEWEST = "article-newest";
    static final String RANKED = "article-ranked";
    private static final String RANK = "ts_rank(a.search, websearch_to_tsquery('english', :search))";

    @Inject
    EntityManager em;

    public Article byId(long id) {
        return Article.findById(id);
    }

    public Article byUrl(String url) {
        String key = ArticleUrls.normalize(url).orElse(url.strip());
        return Article.find("url = ?1 or canonicalUrl = ?1 order by id", key).firstResult();
    }

    public List<Article> byIds(List<Long> ids) {
        return EntityLookups.byIds(em, Article.class, ids);
    }

    public Page<Article> list(ArticleFilter filter, Integer first, String after) {
        boolean ranked = filter != null && filter.search != null && !filter.search.isBlank();
        PageRequest request = PageRequest.of(first, after, ranked ? RANKED : NEWEST, 2);
        SqlListing listing = filtered(filter, ranked);
        String keyset = null;
        Map<String, Object> keysetParams = Map.of();
        Cursor cursor = request.after();
        if (cursor != null && ranked) {
            keyset = "(" + RANK + " < cast(:rank as real) or (" + RANK + " = cast(:rank as real) and a.id < :afterId))";
            keysetParams = Map.of("rank", parseRank(cursor.key(0)), "afterId", cursor.longKey(1));
        } else if (cursor != null) {
            keyset = "(a.sort_date, a.id) < (:afterDate, :afterId)";
            keysetParams = Map.of("afterDate", parseDate(cursor.key(0)), "afterId", cursor.longKey(1));
        }
        List<Object[]> rows = listing.page(em, ranked ? "a.id, " + RANK : "a.id, a.sort_date", keyset, keysetParams,
                ranked ? RANK + " desc, a.id desc" : "a.sort_date desc, a.id desc", request.fetchSize());
        List<Article> articles = byIds(SqlListing.ids(rows));
        Map<Long, Object> sortKeys = new java.util.HashMap<>();
        rows.forEach(r -> sortKeys.put(((Number) r[0]).longValue(), r[1]));
        String ordering = ranked ? RANKED : NEWEST;
        return Page.of(articles, request, a -> Cursor.of(ordering, sortKeys.get(a.id), a.id), listing.count(em));
    }

    private static SqlListing filtered(ArticleFilter filter, boolean ranked) {
        SqlListing listing = new SqlListing("article a");
        if (filter == null) {
            return listing;
        }
        if (ranked) {
            listing.where("a.search @@ websearch_to_tsquery('english', :search)", "search", filter.search.strip());
        }
        if (filter.source != null) {
            listing.where("a.source = :source", "source", filter.source);
        }
        if (filter.personId != null) {
            listing.where("exists (select 1 from person_mention m where m.article_id = a.id and m.person_id = :personId)",
                    "personId", Ids.parse(filter.personId, "filter.personId"));
        }
        if (filter.publishedFrom != null) {
            listing.where("a.published_date >= :publishedFrom", "publishedFrom", filter.publishedFrom);
        }
        if (filter.publishedTo != null) {
            listing.where("a.published_date <= :publishedTo", "publishedTo", filter.publishedTo);
        }
        return listing;
    }

    private static float parseRank(String value) {
        try {
            return Float.parseFloat(value);
        } catch (NumberFormatException e) {
            throw new dev.newsgraph.graphql.BadUserInputException("Bad cursor: it does not belong to this listing.");
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new dev.newsgraph.graphql.BadUserInputException("Bad cursor: it does not belong to this listing.");
        }
    }
}
