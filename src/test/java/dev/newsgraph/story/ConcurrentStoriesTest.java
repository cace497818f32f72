package dev.newsgraph.story;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.mutate;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.GraphQL;
import dev.newsgraph.TestDocuments;
import dev.newsgraph.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Sixteen copies of one wire story ingested at once over HTTP end in one story holding all sixteen. To make them
 * really concurrent, the test holds the story lock from a connection of its own (as a placement on another replica
 * would) until ingest transactions have written their articles and wait for it; then lets them go. StoryLockTest
 * shows the same with two connections directly, and TwoReplicasIT with two processes.
 */
@QuarkusTest
class ConcurrentStoriesTest {

    private static final int CLIENTS = 16;

    @Test
    void sixteenCopiesIngestedAtOnceAreOneStory() throws Exception {
        for (int round = 0; round < 3; round++) {
            StoryTexts event = new StoryTexts();
            List<Map<String, Object>> docs = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                // a wire story on sixteen sites, some with a paragraph dropped: serialised, every one joins the first
                // no names: ingests naming the same new person wait for each other on its row, not on stories
                List<String> body = new ArrayList<>(event.wire().stream()
                        .map(p -> p.replace("Mayor Jane " + event.person, "The mayor").replace(event.person, "the mayor"))
                        .toList());
                if (i % 2 == 1) {
                    body.remove(body.size() - 1 - i % 3);
                }
                docs.add(StoryTexts.doc(TestDocuments.newUrl(), i % 2 == 0 ? event.headline() : event.otherHeadline(),
                        "October " + (1 + i % 3) + ", 2027", body));
            }
            List<String> ids = concurrently(docs);
            Set<String> stories = new HashSet<>();
            for (String id : ids) {
                stories.add(StoriesTest.article(id).getString("story.id"));
            }
            assertEquals(1, stories.size(), "one story: " + stories);
            assertEquals(CLIENTS, data(post("query($id: ID!) { story(id: $id) { articles(first: 100) { nodes { id } } } }",
                    vars("id", stories.iterator().next()))).getList("data.story.articles.nodes").size());
            assertEquals(CLIENTS, StoriesTest.article(ids.get(0)).getInt("story.articleCount"));
        }
    }

    private static List<String> concurrently(List<Map<String, Object>> docs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        try (Connection other = TestDatabase.connect()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + StoryStore.LOCK + ")");
            }
            List<Future<String>> futures = new ArrayList<>();
            for (Map<String, Object> doc : docs) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return data(mutate(GraphQL.INGEST, vars("input", doc))).getString("data.ingestDocument.article.id");
                }));
            }
            start.countDown();
            // on this 2-core machine no more than two of the sixteen requests were ever inside the database at once
            // (the others wait in the request path before their transaction starts), so two waiters it is
            awaitWaiters(other, 2);
            other.rollback(); // releases the lock: sixteen open transactions compete for it
            List<String> ids = new ArrayList<>();
            for (Future<String> f : futures) {
                ids.add(f.get());
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until at least {@code count} transactions wait for the story lock (well within the transaction timeout). */
    private static void awaitWaiters(Connection c, int count) throws Exception {
        long deadline = System.nanoTime() + 40_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from pg_locks"
                    + " where locktype = 'advisory' and not granted and objid = " + StoryStore.LOCK)) {
                rs.next();
                if (rs.getInt(1) >= count) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        StringBuilder waits = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select wait_event_type, wait_event,"
                + " left(query, 60), count(*) from pg_stat_activity where state <> 'idle' group by 1, 2, 3")) {
            while (rs.next()) {
                waits.append(rs.getString(1)).append('/').append(rs.getString(2)).append(' ').append(rs.getString(3))
                        .append(" x").append(rs.getInt(4)).append("; ");
            }
        }
        throw new AssertionError("fewer than " + count + " ingests waited for the story lock: " + waits);
    }
}
