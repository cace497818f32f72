package dev.newsgraph.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.similarity.LeadTerms;
import dev.newsgraph.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Placing an article costs the same statements at 1,000 and at 1,000,000 placed articles, none of which scans a
 * story table: the story tables are seeded in a transaction that is rolled back (without article rows: the foreign
 * key to article is dropped inside it), and the service's own StoryStore places two articles (a new story, then a
 * copy that joins it) on that connection. PostgreSQL's per-transaction table statistics tell how each table was read.
 */
@QuarkusTest
class StoryPlanTest {

    private static final List<String> STORY_TABLES = List.of("story", "story_article", "story_term", "story_band");

    @Test
    void placingAnArticleCostsTheSameIndexLookUpsAtOneThousandAndOneMillionArticles() throws SQLException {
        Map<String, Long> small = placeAt(1_000);
        Map<String, Long> large = placeAt(1_000_000);
        assertEquals(small.get("statements"), large.get("statements"), small + " / " + large);
        for (String table : STORY_TABLES) {
            assertEquals(0L, large.get(table), "sequential scans of " + table + " at 1,000,000: " + large);
        }
        assertTrue(large.get("millis") < 2_000, "placing took " + large.get("millis") + " ms at 1,000,000");
    }

    /** Statements, time and sequential scans per story table of placing two articles among {@code n}. */
    private static Map<String, Long> placeAt(int n) throws SQLException {
        StoryTexts event = new StoryTexts();
        ArticleFacts first = facts(2_000_000_000_001L, event);
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                seed(c, s, n, LeadTerms.of(first.title(), first.description(), first.paragraphs()).terms());
                Map<String, Long> before = seqScans(s);
                AtomicInteger statements = new AtomicInteger();
                StoryStore store = new StoryStore();
                long start = System.nanoTime();
                StoryStore.Placement opened = store.place(counting(c, statements), first);
                StoryStore.Placement joined = store.place(counting(c, statements), facts(2_000_000_000_002L, event));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(opened.storyId(), joined.storyId());
                assertEquals(first.id(), joined.copyOf());
                Map<String, Long> out = new LinkedHashMap<>();
                Map<String, Long> after = seqScans(s);
                STORY_TABLES.forEach(t -> out.put(t, after.get(t) - before.get(t)));
                out.put("statements", (long) statements.get());
                out.put("millis", millis);
                System.out.println("placing two articles among " + n + ": " + out);
                return out;
            } finally {
                c.rollback();
            }
        }
    }

    private static ArticleFacts facts(long id, StoryTexts event) {
        return new ArticleFacts(id, "Council approves " + event.thing + " bridge", null, event.wire(), null,
                LocalDate.of(2019, 6, 1), OffsetDateTime.now(ZoneOffset.UTC), "https://plan" + id + ".example.org/a",
                null, null);
    }

    /**
     * {@code n} placed articles over 4,000 days (2 per story), 8 indexed terms each from a vocabulary of 20,000 that
     * includes the test article's terms, 3 bands each.
     */
    private static void seed(Connection c, Statement s, int n, int[] ownTerms) throws SQLException {
        s.execute("alter table story_article drop constraint story_article_article_id_fkey");
        s.execute("alter table story_term drop constraint story_term_pkey");
        s.execute("alter table story_band drop constraint story_band_pkey");
        Integer[] vocabulary = new Integer[20_000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = i < ownTerms.length ? ownTerms[i] : i * 104_729;
        }
        s.execute("create temp table plan_vocabulary (v integer[]) on commit drop");
        try (PreparedStatement p = c.prepareStatement("insert into plan_vocabulary values (?)")) {
            p.setArray(1, c.createArrayOf("integer", vocabulary));
            p.execute();
        }
        s.execute("select setval(pg_get_serial_sequence('story', 'id'), greatest(1, (select max(id) from story)))");
        s.execute("insert into story (title, first_published_at, last_published_at, article_count, source_count,"
                + " updated_at) select 'Plan story ' || g, timestamptz '2020-01-01' - (g % 4000) * interval '1 day',"
                + " timestamptz '2020-01-01' - (g % 4000) * interval '1 day', 2, 2, now()"
                + " from generate_series(1, " + Math.max(1, n / 2) + ") g");
        s.execute("""
                insert into story_article (article_id, story_id, published_at, day, site, signature, shingles, terms,
                    weights, indexed)
                select 1000000000000 + g, (select max(id) from story) - (g %% %d),
                    timestamptz '2020-01-01' - (g %% 4000) * interval '1 day',
                    (date '2020-01-01' - (g %% 4000)) - date '1970-01-01', 'site' || (g %% 500),
                    array_fill(g %% 1000, array[64]), 300, t.terms, array_fill(0.35::real, array[cardinality(t.terms)]), t.terms
                from generate_series(1, %d) g, plan_vocabulary v,
                    lateral (select array_agg(distinct x order by x) terms
                             from (select v.v[1 + (g * 7 + k * 3001) %% 20000] x from generate_series(0, 7) k) xs) t""".formatted(Math.max(1, n / 2), n));
        s.execute("""
                insert into story_term (term, day, article_id)
                select distinct unnest(indexed), day, article_id from story_article where article_id > 1000000000000""");
        s.execute("""
                insert into story_band (band, article_id)
                select hashtextextended((article_id * 10 + k)::text, 0), article_id from story_article, generate_series(0, 2) k
                where article_id > 1000000000000""");
        s.execute("alter table story_term add primary key (term, day, article_id)");
        s.execute("alter table story_band add primary key (band, article_id)");
        s.execute("analyze story, story_article, story_term, story_band");
    }

    private static Map<String, Long> seqScans(Statement s) throws SQLException {
        Map<String, Long> scans = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery("select relname, coalesce(seq_scan, 0) from pg_stat_xact_user_tables"
                + " where relname in ('story', 'story_article', 'story_term', 'story_band')")) {
            while (rs.next()) {
                scans.put(rs.getString(1), rs.getLong(2));
            }
        }
        STORY_TABLES.forEach(t -> scans.putIfAbsent(t, 0L));
        return scans;
    }

    /** The connection, counting the statements prepared on it. */
    private static Connection counting(Connection c, AtomicInteger statements) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
