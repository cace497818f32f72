package dev.newsgraph.story;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleQueries;
import dev.newsgraph.graphql.Cursor;
import dev.newsgraph.graphql.EntityLookups;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.graphql.Page;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.SqlListing;
import dev.newsgraph.person.Person;
import dev.newsgraph.quote.Quote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stories latest activity first (keyset on last_published_at, id), a story's articles earliest first (keyset on
 * published_at, article_id), its persons and quotes, and the story and copies of articles. Times in cursors are
 * epoch microseconds computed in SQL, so a cursor compares exactly with the column.
 */
@ApplicationScoped
// Reads run in no transaction, as the other listings (see ArticleQueries).
@ActivateRequestContext
public class StoryQueries {

    static final String LATEST = "story-latest";
    static final String ARTICLES = "story-articles";
    static final String QUOTES = "story-quotes";
    private static final String MICROS = "(extract(epoch from %s) * 1000000)::bigint";
    private static final String AT_MICROS = "(timestamptz 'epoch' + :%s * interval '1 microsecond')";

    @Inject
    EntityManager em;

    @Inject
    ArticleQueries articles;

    public Story byId(long id) {
        return Story.findById(id);
    }

    public List<Story> byIds(List<Long> ids) {
        return EntityLookups.byIds(em, Story.class, ids);
    }

    public Page<Story> list(StoryFilter filter, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after, LATEST, 2);
        SqlListing listing = filtered(filter);
        String keyset = null;
        Map<String, Object> keysetParams = Map.of();
        if (request.after() != null) {
            keyset = "(s.last_published_at, s.id) < (" + AT_MICROS.formatted("afterAt") + ", :afterId)";
            keysetParams = Map.of("afterAt", request.after().longKey(0), "afterId", request.after().longKey(1));
        }
        List<Object[]> rows = listing.page(em, "s.id, " + MICROS.formatted("s.last_published_at"), keyset,
                keysetParams, "s.last_published_at desc, s.id desc", request.fetchSize());
        Map<Long, Object> micros = new HashMap<>();
        rows.forEach(r -> micros.put(((Number) r[0]).longValue(), r[1]));
        return Page.of(byIds(SqlListing.ids(rows)), request, s -> Cursor.of(LATEST, micros.get(s.id), s.id),
                listing.count(em, request));
    }

    private static SqlListing filtered(StoryFilter filter) {
        SqlListing listing = new SqlListing("story s");
        if (filter == null) {
            return listing;
        }
        if (filter.search != null && !filter.search.isBlank()) {
            listing.where("s.id in (select sa.story_id from article a join story_article sa on sa.article_id = a.id"
                    + " where a.search @@ websearch_to_tsquery('english', :search))", "search", filter.search.strip());
        }
        if (filter.personId != null) {
            listing.where("s.id in (select sa.story_id from person_mention m join story_article sa"
                    + " on sa.article_id = m.article_id where m.person_id = :personId)", "personId",
                    Ids.parse(filter.personId, "filter.personId"));
        }
        if (filter.from != null) {
            listing.where("s.last_published_at >= :from", "from", filter.from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to != null) {
            listing.where("s.first_published_at < :to", "to",
                    filter.to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.minArticles != null) {
            listing.where("s.article_count >= :minArticles", "minArticles", filter.minArticles);
        }
        return listing;
    }

    /**
     * The articles of each story, earliest first. A cursor belongs to one story: in a batch, the story it came from
     * continues after it and the others start at their beginning.
     */
    public List<Page<Article>> articlesOf(List<Story> stories, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after, ARTICLES, 3);
        List<Long> ids = stories.stream().map(s -> s.id).toList();
        Map<Long, List<Object[]>> byStory = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            boolean keyed = request.after() != null;
            String keyset = keyed ? " and (s.id <> :afterStory or (sa.published_at, sa.article_id) > ("
                    + AT_MICROS.formatted("afterAt") + ", :afterId))" : "";
            var query = em.createNativeQuery("select x.story_id, x.article_id, x.micros from story s cross join lateral"
                    + " (select sa.story_id, sa.article_id, " + MICROS.formatted("sa.published_at") + " micros"
                    + " from story_article sa where sa.story_id = s.id" + keyset
                    + " order by sa.published_at, sa.article_id limit " + request.fetchSize() + ") x"
                    + " where s.id in (:ids)")
                    .setParameter("ids", ids);
            if (keyed) {
                query.setParameter("afterStory", request.after().longKey(0))
                        .setParameter("afterAt", request.after().longKey(1))
                        .setParameter("afterId", request.after().longKey(2));
            }
            for (Object row : query.getResultList()) {
                Object[] r = (Object[]) row;
                byStory.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Long> articleIds = byStory.values().stream().flatMap(List::stream)
                .map(r -> ((Number) r[1]).longValue()).distinct().toList();
        Map<Long, Article> loaded = new HashMap<>();
        articles.byIds(articleIds).forEach(a -> loaded.put(a.id, a));
        List<Page<Article>> pages = new ArrayList<>();
        for (Story story : stories) {
            List<Object[]> rows = byStory.getOrDefault(story.id, List.of());
            Map<Long, Object> micros = new HashMap<>();
            rows.forEach(r -> micros.put(((Number) r[1]).longValue(), r[2]));
            List<Article> nodes = rows.stream().map(r -> loaded.get(((Number) r[1]).longValue()))
                    .filter(java.util.Objects::nonNull).toList();
            pages.add(Page.of(nodes, request, a -> Cursor.of(ARTICLES, story.id, micros.get(a.id), a.id),
                    story.articleCount));
        }
        return pages;
    }

    /** The most mentioned persons of each story: summed mentions, then the number of articles naming them. */
    public List<List<StoryPerson>> personsOf(List<Story> stories, Integer first) {
        int limit = PageRequest.of(first, null, "story-persons", 0).first();
        List<Long> ids = stories.stream().map(s -> s.id).toList();
        List<Object[]> rows = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (Object row : em.createNativeQuery("select x.story_id, x.person_id, x.mentions, x.articles from story s"
                    + " cross join lateral (select s.id story_id, pm.person_id, sum(pm.mentions) mentions,"
                    + " count(*) articles from story_article sa join person_mention pm on pm.article_id = sa.article_id"
                    + " where sa.story_id = s.id group by pm.person_id order by 3 desc, 4 desc, pm.person_id"
                    + " limit " + limit + ") x where s.id in (:ids)").setParameter("ids", ids).getResultList()) {
                rows.add((Object[]) row);
            }
        }
        Map<Long, Person> persons = new HashMap<>();
        List<Long> personIds = rows.stream().map(r -> ((Number) r[1]).longValue()).distinct().toList();
        EntityLookups.byIds(em, Person.class, personIds).forEach(p -> persons.put(p.id, p));
        List<StoryPerson> all = rows.stream().map(r -> new StoryPerson(persons.get(((Number) r[1]).longValue()),
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue())).toList();
        List<Long> storyOfRow = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        List<List<StoryPerson>> out = new ArrayList<>();
        for (Long id : ids) {
            List<StoryPerson> mine = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (storyOfRow.get(i).equals(id)) {
                    mine.add(all.get(i));
                }
            }
            out.add(mine);
        }
        return out;
    }

    /** The quotes of a story's articles, newest first. */
    public Page<Quote> quotesOf(Story story, Integer first, String after) {
        PageRequest request = PageRequest.of(first, after, QUOTES, 1);
        SqlListing listing = new SqlListing("quote q").where(
                "q.article_id in (select sa.article_id from story_article sa where sa.story_id = :story)", "story",
                story.id);
        return listing.newestFirst(em, "q.id", request, QUOTES, ids -> EntityLookups.byIds(em, Quote.class, ids),
                q -> q.id);
    }

    /** For each article, the id of its story (null when it has none yet). */
    public List<Long> storyIdsOf(List<Long> articleIds) {
        return column(articleIds, "select article_id, story_id from story_article where article_id in (:ids)");
    }

    /** For each article, the id of the article it copies (null when it is no copy). */
    public List<Long> copyOfIdsOf(List<Long> articleIds) {
        return column(articleIds, "select article_id, copy_of from story_article where article_id in (:ids)"
                + " and copy_of is not null");
    }

    /** For each article, the articles that copy it, earliest first. */
    public List<List<Article>> copiesOf(List<Long> articleIds) {
        List<Object[]> rows = articleIds.isEmpty() ? List.of() : rows(em.createNativeQuery(
                "select copy_of, article_id from story_article where copy_of in (:ids) order by published_at,"
                        + " article_id").setParameter("ids", articleIds).getResultList());
        Map<Long, Article> loaded = new HashMap<>();
        articles.byIds(rows.stream().map(r -> ((Number) r[1]).longValue()).toList())
                .forEach(a -> loaded.put(a.id, a));
        List<Article> copies = rows.stream().map(r -> loaded.get(((Number) r[1]).longValue())).toList();
        Map<Article, Long> originalOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            originalOf.put(copies.get(i), ((Number) rows.get(i)[0]).longValue());
        }
        return SqlListing.groupedBy(articleIds, copies, originalOf::get);
    }

    private List<Long> column(List<Long> articleIds, String sql) {
        Map<Long, Long> values = new HashMap<>();
        if (!articleIds.isEmpty()) {
            rows(em.createNativeQuery(sql).setParameter("ids", articleIds).getResultList())
                    .forEach(r -> values.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        }
        return articleIds.stream().map(values::get).toList();
    }

    private static List<Object[]> rows(List<?> result) {
        return result.stream().map(r -> (Object[]) r).toList();
    }
}
