package dev.newsgraph.story;

import dev.newsgraph.similarity.LeadTerms;
import dev.newsgraph.similarity.MinHash;
import dev.newsgraph.similarity.StoryRules;
import dev.newsgraph.similarity.TermVector;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Places articles in stories with plain JDBC on the caller's connection and transaction. Every placement first takes
 * one transaction-scoped advisory lock, held until commit: placements (from any replica) run one at a time and each
 * sees every story committed before it, so two reports of one event ingested at once cannot open two stories. The
 * lock is taken last in an ingest (after the article's rows are written), so it is held only for the placement's
 * few statements and the commit. Every statement is a fixed text whose look-ups are bounded by indexes
 * (StoryPlanTest checks them at 1,000,000 articles).
 */
final class StoryStore {

    /** The advisory lock key of story placement (any constant no other lock uses: identities hash to others). */
    static final long LOCK = 0x5701e5_14L;
    /** Deleting or re-parsing an article re-places the rest of its story only up to this size (see detach). */
    static final int MAX_REPLACED = 200;

    static final String TAKE_LOCK = "select pg_advisory_xact_lock(?)";
    /** Earlier articles sharing a MinHash band with the new one: near-copies whatever their lead. */
    static final String BAND_CANDIDATES = """
            select sa.article_id, sa.story_id, sa.terms, sa.weights, sa.signature, sa.shingles, r.article_id,
                r.published_at
            from story_article sa join story_article r on r.article_id = coalesce(sa.copy_of, sa.article_id)
            where sa.article_id in (select b.article_id from story_band b where b.band = any(?) and b.article_id <> ?
                                    limit 50)""";
    static final String WINDOW_SIZE = "select count(*) from story_article where day between ? and ?";
    static final String TERM_FREQUENCIES = """
            select term, count(*) from story_term where term = any(?) and day between ? and ? group by term""";
    /** Articles of the window sharing the most indexed lead terms with the new one. */
    static final String TERM_CANDIDATES = """
            select sa.article_id, sa.story_id, sa.terms, sa.weights, sa.signature, sa.shingles, r.article_id,
                r.published_at
            from story_article sa join story_article r on r.article_id = coalesce(sa.copy_of, sa.article_id)
            where sa.article_id in (select t.article_id from story_term t
                                    where t.term = any(?) and t.day between ? and ? and t.article_id <> ?
                                    group by t.article_id order by count(*) desc, t.article_id limit ?)""";
    static final String NEW_STORY = """
            insert into story (title, first_published_at, last_published_at, article_count, source_count, updated_at)
            values (?, ?, ?, 0, 0, now()) returning id""";
    static final String MOVE_ARTICLES = "update story_article set story_id = ? where story_id = any(?)";
    static final String DROP_STORIES = "delete from story where id = any(?)";
    static final String REPOINT_COPIES = """
            update story_article set copy_of = ? where article_id = any(?) or copy_of = any(?)""";
    static final String INSERT_ARTICLE = """
            insert into story_article (article_id, story_id, copy_of, published_at, day, site, signature, shingles,
                terms, weights, indexed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String INSERT_TERMS = """
            insert into story_term (term, day, article_id) select unnest(?::integer[]), ?, ?""";
    static final String INSERT_BANDS = """
            insert into story_band (band, article_id) select unnest(?::bigint[]), ? on conflict do nothing""";
    static final String ADD_CENTRALITY = """
            update story_article sa set centrality = sa.centrality + x.s
            from unnest(?::bigint[], ?::real[]) x(id, s) where sa.article_id = x.id""";
    static final String REFRESH_STORY = """
            update story s set article_count = x.n, source_count = x.sites, first_published_at = x.first,
                last_published_at = x.last, updated_at = now(),
                title = coalesce((select a.title from story_article r join article a on a.id = r.article_id
                         where r.story_id = s.id order by r.centrality desc, r.published_at, r.article_id limit 1),
                         s.title)
            from (select count(*) n, count(distinct site) sites, min(published_at) first, max(published_at) last
                  from story_article where story_id = ?) x
            where s.id = ? and x.n > 0""";
    static final String DROP_IF_EMPTY = """
            delete from story s where s.id = ? and not exists (select 1 from story_article where story_id = s.id)""";
    static final String PLACED = """
            select article_id, story_id, day, indexed, signature, terms from story_article where article_id = any(?)""";
    static final String MEMBERS = """
            select article_id from story_article where story_id = ? and article_id <> ? order by article_id limit\s""" + (MAX_REPLACED + 1);
    static final String DELETE_TERMS = """
            delete from story_term t using (select sa.article_id, sa.day, unnest(sa.indexed) term from story_article sa
                                            where sa.article_id = any(?)) x
            where t.term = x.term and t.day = x.day and t.article_id = x.article_id""";
    static final String DELETE_BANDS = """
            delete from story_band b using unnest(?::bigint[], ?::bigint[]) x(band, article_id)
            where b.band = x.band and b.article_id = x.article_id""";
    static final String DELETE_ARTICLES = "delete from story_article where article_id = any(?)";
    static final String REROOT = """
            update story_article set copy_of = case when article_id = x.root then null else x.root end
            from (select article_id root from story_article where copy_of = ?
                  order by published_at, article_id limit 1) x
            where copy_of = ?""";
    static final String UNPLACED = """
            select a.id from unnest(?::bigint[]) a(id)
            where not exists (select 1 from story_article sa where sa.article_id = a.id) order by a.id""";
    static final String CLEAR = "truncate story_band, story_term, story_article, story";
    static final String FACTS = """
            select id, title, description, paragraphs, published_at, published_date, ingested_at, url, canonical_url,
                source from article where id = any(?) order by id""";

    /** The story an article was put in, whether that merged others into it, and the article it copies. */
    record Placement(long storyId, Long copyOf, List<Long> mergedAway) {
    }

    void lock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(TAKE_LOCK)) {
            s.setLong(1, LOCK);
            s.executeQuery().close();
        }
    }

    /** Puts one article, not yet in any story, into a story (new, existing, or several existing merged). */
    Placement place(Connection c, ArticleFacts a) throws SQLException {
        return place(c, a, new long[0]);
    }

    /** {@code reusable}: ids of emptied stories a new story takes instead of a fresh id (used up from the front). */
    private Placement place(Connection c, ArticleFacts a, long[] reusable) throws SQLException {
        lock(c);
        MinHash.Body body = MinHash.of(a.paragraphs());
        long[] bands = MinHash.bands(body.signature());
        LeadTerms.TermCounts counts = LeadTerms.of(a.title(), a.description(), a.paragraphs());
        int day = a.day();
        OffsetDateTime time = a.time();

        int from = day - StoryRules.WINDOW_DAYS;
        int to = day + StoryRules.WINDOW_DAYS;
        long documents = (Long) rows(c, WINDOW_SIZE, from, to).get(0)[0] + 1;
        Map<Integer, Long> frequency = new HashMap<>();
        Array terms = ints(c, counts.terms());
        for (Object[] row : rows(c, TERM_FREQUENCIES, terms, from, to)) {
            frequency.put((Integer) row[0], (Long) row[1]);
        }
        TermVector vector = TermVector.weigh(counts, t -> frequency.getOrDefault(t, 0L) + 1, (int) documents);

        Map<Long, Object[]> candidates = new LinkedHashMap<>();
        for (Object[] row : rows(c, BAND_CANDIDATES, longs(c, bands), a.id())) {
            candidates.put((Long) row[0], row);
        }
        for (Object[] row : rows(c, TERM_CANDIDATES, terms, from, to, a.id(), StoryRules.CANDIDATES)) {
            candidates.putIfAbsent((Long) row[0], row);
        }
        Map<Long, Double> similarity = new HashMap<>(); // article -> similarity, for those that join it to a story
        Set<Long> stories = new TreeSet<>();
        List<Root> roots = new ArrayList<>();
        for (Object[] row : candidates.values()) {
            long candidate = (Long) row[0];
            double cosine = vector.cosine(new TermVector(ints((Array) row[2]), floats((Array) row[3])));
            boolean copy = StoryRules.isCopy(body, new MinHash.Body(ints((Array) row[4]), (Integer) row[5]));
            if (copy) {
                roots.add(new Root((Long) row[6], ((Timestamp) row[7]).toInstant().atOffset(ZoneOffset.UTC),
                        MinHash.containment(body, new MinHash.Body(ints((Array) row[4]), (Integer) row[5]))));
            }
            if (copy || cosine >= StoryRules.SAME_STORY) {
                similarity.put(candidate, cosine);
                stories.add((Long) row[1]);
            }
        }

        long story;
        List<Long> merged = new ArrayList<>();
        if (stories.isEmpty() && reusable.length > 0 && reusable[0] > 0) {
            story = reusable[0];
            reusable[0] = 0;
        } else if (stories.isEmpty()) {
            story = (Long) rows(c, NEW_STORY, a.title(), time, time).get(0)[0];
        } else {
            story = stories.iterator().next(); // the oldest: merged stories keep the first id
            merged.addAll(stories);
            merged.remove(0);
            if (!merged.isEmpty()) {
                update(c, MOVE_ARTICLES, story, longs(c, merged));
                update(c, DROP_STORIES, longs(c, merged));
            }
        }

        Long copyOf = null;
        if (!roots.isEmpty()) {
            // the set of copies whose text this one shares most; a round-up copying two articles joins one set
            Root root = roots.stream().max(Root.BEST).orElseThrow();
            if (Root.ORDER.compare(new Root(a.id(), time, 1), root) < 0) {
                // earlier than the first of that set: it becomes the first, and the set points at it
                update(c, REPOINT_COPIES, a.id(), longs(c, List.of(root.id())), longs(c, List.of(root.id())));
            } else {
                copyOf = root.id();
            }
        }

        TermVector stored = vector;
        int[] indexed = counts.strongest(StoryRules.INDEXED_TERMS);
        update(c, INSERT_ARTICLE, a.id(), story, copyOf, time, day, a.site(), ints(c, body.signature()),
                body.shingles(),
                ints(c, stored.terms()), floats(c, stored.weights()), ints(c, indexed));
        update(c, INSERT_TERMS, ints(c, indexed), day, a.id());
        if (bands.length > 0) {
            update(c, INSERT_BANDS, longs(c, bands), a.id());
        }
        if (!similarity.isEmpty()) {
            List<Long> ids = new ArrayList<>(similarity.keySet());
            List<Float> sims = new ArrayList<>();
            ids.forEach(id -> sims.add(similarity.get(id).floatValue()));
            ids.add(a.id());
            sims.add((float) similarity.values().stream().mapToDouble(Double::doubleValue).sum());
            update(c, ADD_CENTRALITY, longs(c, ids), c.createArrayOf("real", sims.toArray()));
        }
        update(c, REFRESH_STORY, story, story);
        return new Placement(story, copyOf, merged);
    }

    /**
     * Takes an article out of its story before it is deleted ({@code placeAgain} false) or after it was re-parsed
     * (true: it is placed again with its new text, after the others). The rest of the story is placed again too, in
     * ingest (id) order, as if the article had never been there: it may have been the only link between two halves,
     * or the first of a set of copies. A re-parse that leaves the day, body and lead terms as they were changes
     * nothing. A story of more than {@value #MAX_REPLACED} articles only
     * loses the article (its copies then point at the earliest of them), and a re-parsed one is placed anew. Returns
     * the stories its articles are in now.
     */
    Set<Long> detach(Connection c, long articleId, boolean placeAgain) throws SQLException {
        lock(c);
        List<Object[]> placed = rows(c, PLACED, longs(c, List.of(articleId)));
        Set<Long> touched = new LinkedHashSet<>();
        if (placed.isEmpty()) {
            if (placeAgain) {
                touched.add(place(c, facts(c, List.of(articleId)).get(0)).storyId());
            }
            return touched;
        }
        long story = (Long) placed.get(0)[1];
        if (placeAgain && unchanged(c, articleId, placed.get(0))) {
            update(c, REFRESH_STORY, story, story);
            touched.add(story);
            return touched;
        }
        List<Long> members = new ArrayList<>(rows(c, MEMBERS, story, articleId).stream().map(r -> (Long) r[0]).toList());
        if (members.size() > MAX_REPLACED) {
            remove(c, List.of(articleId));
            update(c, REROOT, articleId, articleId);
            update(c, REFRESH_STORY, story, story);
            touched.add(story);
            if (placeAgain) {
                touched.add(place(c, facts(c, List.of(articleId)).get(0)).storyId());
            }
            return touched;
        }
        List<Long> removed = new ArrayList<>(members);
        removed.add(articleId);
        remove(c, removed);
        long[] reusable = { story }; // the first of the rest that opens a story again keeps the story's id
        for (ArticleFacts member : facts(c, members)) {
            touched.add(place(c, member, reusable).storyId());
        }
        if (placeAgain) { // the re-parsed article last: the story's id stays with the articles that did not change
            touched.add(place(c, facts(c, List.of(articleId)).get(0), reusable).storyId());
        }
        if (update(c, DROP_IF_EMPTY, story) > 0) {
            touched.remove(story);
        }
        return touched;
    }

    /** Whether a re-parsed article reads as it did when placed: same day, body signature and lead terms. */
    private boolean unchanged(Connection c, long articleId, Object[] placed) throws SQLException {
        ArticleFacts now = facts(c, List.of(articleId)).get(0);
        return now.day() == (Integer) placed[2]
                && java.util.Arrays.equals(MinHash.of(now.paragraphs()).signature(), ints((Array) placed[4]))
                && java.util.Arrays.equals(LeadTerms.of(now.title(), now.description(), now.paragraphs()).terms(),
                        ints((Array) placed[5]));
    }

    /** Deletes the story rows of these articles: postings, bands, then the rows themselves. */
    private void remove(Connection c, List<Long> articleIds) throws SQLException {
        List<Long> bandKeys = new ArrayList<>();
        List<Long> bandArticles = new ArrayList<>();
        for (Object[] row : rows(c, PLACED, longs(c, articleIds))) {
            for (long band : MinHash.bands(ints((Array) row[4]))) {
                bandKeys.add(band);
                bandArticles.add((Long) row[0]);
            }
        }
        update(c, DELETE_TERMS, longs(c, articleIds));
        update(c, DELETE_BANDS, longs(c, bandKeys), longs(c, bandArticles));
        update(c, DELETE_ARTICLES, longs(c, articleIds));
    }

    /** Articles not in any story, in id order: for re-placing a story's rest and for recomputing everything. */
    List<ArticleFacts> facts(Connection c, List<Long> ids) throws SQLException {
        List<ArticleFacts> out = new ArrayList<>();
        for (Object[] r : rows(c, FACTS, longs(c, ids))) {
            Array paragraphs = (Array) r[3];
            out.add(new ArticleFacts((Long) r[0], (String) r[1], (String) r[2],
                    paragraphs == null ? List.of() : List.of((String[]) paragraphs.getArray()), utc(r[4]),
                    r[5] == null ? null : ((java.sql.Date) r[5]).toLocalDate(), utc(r[6]), (String) r[7],
                    (String) r[8], (String) r[9]));
        }
        return out;
    }

    List<Long> unplaced(Connection c, List<Long> ids) throws SQLException {
        return rows(c, UNPLACED, longs(c, ids)).stream().map(r -> (Long) r[0]).toList();
    }

    void clear(Connection c) throws SQLException {
        lock(c);
        update(c, CLEAR);
    }

    private static OffsetDateTime utc(Object timestamp) {
        return timestamp == null ? null : ((Timestamp) timestamp).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** The first of a set of copies, and how much of the new article's text it shares. */
    private record Root(long id, OffsetDateTime time, double containment) {
        static final java.util.Comparator<Root> ORDER = java.util.Comparator.comparing(Root::time)
                .thenComparingLong(Root::id);
        /** Most shared text, then the earliest. */
        static final java.util.Comparator<Root> BEST = java.util.Comparator.comparingDouble(Root::containment)
                .thenComparing(ORDER.reversed());
    }

    static List<Object[]> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object[]> out = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof OffsetDateTime t) {
                s.setObject(i + 1, t);
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    static Array ints(Connection c, int[] values) throws SQLException {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return c.createArrayOf("integer", boxed);
    }

    static Array longs(Connection c, long[] values) throws SQLException {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return c.createArrayOf("bigint", boxed);
    }

    static Array longs(Connection c, List<Long> values) throws SQLException {
        return c.createArrayOf("bigint", values.toArray());
    }

    static Array floats(Connection c, float[] values) throws SQLException {
        Float[] boxed = new Float[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return c.createArrayOf("real", boxed);
    }

    private static int[] ints(Array array) throws SQLException {
        Integer[] boxed = (Integer[]) array.getArray();
        int[] out = new int[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    private static float[] floats(Array array) throws SQLException {
        Float[] boxed = (Float[]) array.getArray();
        float[] out = new float[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }
}
