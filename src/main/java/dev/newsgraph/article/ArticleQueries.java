package dev.newsgraph.article;

import dev.newsgraph.db.Reads;
import dev.newsgraph.db.Sql;
import dev.newsgraph.graphql.Cursor;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.graphql.EntityLookups;
import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.SqlListing;
import jakarta.enterprise.context.control.ActivateRequestContext;
import dev.newsgraph.db.RetriedOnStaleConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Article listings with keyset pagination: newest first on (sort_date, id), or by full-text rank on (rank, id) when
 * searching. Never OFFSET: a page starts right after its cursor's row, so inserts do not shift pages.
 */
@ApplicationScoped
// Reads run in no transaction: one request-scoped session per GraphQL request, autocommit statements, no
// BEGIN/COMMIT around each batched resolver. The annotation only matters where no request is active (subscriptions).
@ActivateRequestContext
@RetriedOnStaleConnection
public class ArticleQueries {

    static final String NEWEST = "article-newest";
    static final String RANKED = "article-ranked";

    @Inject
    EntityManager em;

    @Inject
    SearchConfig search;

    @Inject
    Reads reads;

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
        return ranked ? ranked(filter, first, after) : newest(filter, first, after);
    }

    private Page<Article> newest(ArticleFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after, NEWEST, 2);
        SqlListing listing = filtered(filter, false);
        String keyset = null;
        Map<String, Object> keysetParams = Map.of();
        Cursor cursor = request.after();
        if (cursor != null) {
            keyset = "(a.sort_date, a.id) < (:afterDate, :afterId)";
            keysetParams = Map.of("afterDate", parseDate(cursor.key(0)), "afterId", cursor.longKey(1));
        }
        boolean withText = textSelected();
        SqlListing.Rows<Article> page = listing.read(reads, ArticleRows.columns(withText), keyset, keysetParams,
                "a.sort_date desc, a.id desc", request, ArticleRows.reader(withText));
        return Page.of(page.rows(), request, a -> Cursor.of(NEWEST, a.sortDate, a.id), page.total());
    }

    /** Whether the connection being resolved shows the article text, which is the bulk of a row. */
    private static boolean textSelected() {
        return PageRequest.selects("nodes/text", "nodes/paragraphs", "edges/node/text", "edges/node/paragraphs");
    }

    /** The articles with these ids, in this order, read as listings read them. */
    private List<Article> rowsByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        boolean withText = textSelected();
        Map<Long, Article> byId = new HashMap<>();
        reads.list(Sql.named("select " + ArticleRows.columns(withText) + " from article a where a.id = any(:ids)",
                Map.of("ids", ids)), ArticleRows.reader(withText)).forEach(a -> byId.put(a.id, a));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Search results: the newest {@code newsgraph.search.ranked-candidates} matches ranked by {@code ts_rank} (rank, then id), then
     * every older match, newest first. Only that bounded set is ranked, so a common word costs the same as a rare one
     * however many articles contain it. Cursor keys: tier (0 ranked, 1 older), rank or sort date, id.
     */
    private Page<Article> ranked(ArticleFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after, RANKED, 3);
        SqlListing listing = filtered(filter, true);
        Cursor cursor = request.after();
        boolean inOlder = cursor != null && "1".equals(cursor.key(0));
        List<Object[]> page = new ArrayList<>(); // id, tier, rank or sort date
        Object[] oldest = null;
        int candidateCount = search.rankedCandidates();
        if (!inOlder) {
            List<Object[]> candidates = candidates(listing, candidateCount);
            if (candidates.size() == candidateCount) {
                oldest = candidates.get(candidates.size() - 1);
            }
            float afterRank = cursor == null ? Float.MAX_VALUE : parseRank(cursor.key(1));
            long afterId = cursor == null ? Long.MAX_VALUE : cursor.longKey(2);
            candidates.stream()
                    .filter(r -> rank(r) < afterRank || (rank(r) == afterRank && id(r) < afterId))
                    .sorted(Comparator.comparing(ArticleQueries::rank).thenComparing(ArticleQueries::id).reversed())
                    .limit(request.fetchSize())
                    .forEach(r -> page.add(new Object[] { id(r), "0", rank(r) }));
        }
        if (page.size() < request.fetchSize() && (inOlder || oldest != null)) {
            LocalDate afterDate = inOlder ? parseDate(cursor.key(1)) : toDate(oldest[1]);
            long afterId = inOlder ? cursor.longKey(2) : id(oldest);
            listing.page(em, "a.id, a.sort_date", "(a.sort_date, a.id) < (:afterDate, :afterId)",
                    Map.of("afterDate", afterDate, "afterId", afterId), "a.sort_date desc, a.id desc",
                    request.fetchSize() - page.size())
                    .forEach(r -> page.add(new Object[] { id(r), "1", r[1] }));
        }
        Map<Long, Object[]> keys = new HashMap<>();
        page.forEach(r -> keys.put((Long) r[0], r));
        return Page.of(rowsByIds(SqlListing.ids(page)), request,
                a -> Cursor.of(RANKED, keys.get(a.id)[1], keys.get(a.id)[2], a.id), listing.count(em, request));
    }

    /**
     * The newest {@code limit} matches with their rank. Looked for first in a window back from the newest article's
     * date ({@code sort_date >= :since}, which the two-column GIN index of V17_1 answers with the search terms), so a
     * phrase that matches thousands of articles visits the matches of a few days instead of all of them. A window
     * with fewer than {@code limit} matches is widened once, as far as its matches suggest; then, or at once when it
     * held none (a rare phrase, whose matches are few), one statement over all articles. The rows are those of that
     * statement alone: a window that holds {@code limit} matches holds the newest {@code limit}.
     */
    private List<Object[]> candidates(SqlListing listing, int limit) {
        if (!search.windowed()) {
            return candidatesSince(listing, limit, null);
        }
        Object newest = em.createNativeQuery("select max(sort_date) from article").getSingleResult();
        if (newest == null) {
            return List.of();
        }
        long days = search.firstWindowDays();
        List<Object[]> rows = candidatesSince(listing, limit, toDate(newest).minusDays(days - 1));
        if (rows.size() >= limit) {
            return rows;
        }
        if (!rows.isEmpty()) {
            // Room for half as many matches again as this window's rate predicts.
            days = Math.max(days * 2, days * limit * 3 / (2L * rows.size()));
            rows = candidatesSince(listing, limit, toDate(newest).minusDays(days - 1));
            if (rows.size() >= limit) {
                return rows;
            }
        }
        return candidatesSince(listing, limit, null);
    }

    private List<Object[]> candidatesSince(SqlListing listing, int limit, LocalDate since) {
        return listing.pageThen(em, "a.id, a.sort_date, a.search", since == null ? null : "a.sort_date >= :since",
                since == null ? Map.of() : Map.of("since", since), "a.sort_date desc, a.id desc", limit,
                "page.id, page.sort_date, ts_rank(page.search, websearch_to_tsquery('english', :search))",
                "page.sort_date desc, page.id desc");
    }

    private static long id(Object[] row) {
        return ((Number) row[0]).longValue();
    }

    private static float rank(Object[] row) {
        return ((Number) row[2]).floatValue();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
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
