package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQL.INGEST;
import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.document;
import static dev.newsgraph.GraphQL.mutate;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.TestDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The url is the identity, even when the same page arrives sixteen times at once. */
@QuarkusTest
class ConcurrentIngestTest {

    private static final int CONCURRENCY = 16;

    @Test
    void sixteenConcurrentIngestsOfOnePageGiveOneArticle() throws Exception {
        String url = TestDocuments.newUrl();
        String source = TestDocuments.uniqueWord();
        String content = TestDocuments.text("Council approves the new budget", "June 3, 2019",
                "The city council approved the budget on Monday after a long debate.");
        List<JsonPath> results = concurrently(i -> document(url, content, "TEXT", source));

        Set<String> ids = new HashSet<>();
        List<String> statuses = new ArrayList<>();
        for (JsonPath r : results) {
            ids.add(r.getString("data.ingestDocument.article.id"));
            statuses.add(r.getString("data.ingestDocument.status"));
        }
        assertEquals(1, ids.size(), "one article for one url");
        assertEquals(1, statuses.stream().filter("CREATED"::equals).count(), statuses.toString());
        assertEquals(CONCURRENCY - 1, statuses.stream().filter("UNCHANGED"::equals).count(), statuses.toString());
        assertEquals(1, countBySource(source));
    }

    @Test
    void concurrentDifferentVersionsOfOnePageUpdateOneArticle() throws Exception {
        String url = TestDocuments.newUrl();
        String source = TestDocuments.uniqueWord();
        List<JsonPath> results = concurrently(i -> document(url, TestDocuments.text("Version " + i + " of the story",
                "June 3, 2019", "Body of version " + i + " with enough words to count."), "TEXT", source));
        Set<String> ids = new HashSet<>();
        results.forEach(r -> ids.add(r.getString("data.ingestDocument.article.id")));
        assertEquals(1, ids.size());
        assertEquals(1, results.stream().filter(r -> "CREATED".equals(r.getString("data.ingestDocument.status"))).count());
        assertEquals(CONCURRENCY - 1,
                results.stream().filter(r -> "UPDATED".equals(r.getString("data.ingestDocument.status"))).count());
        assertEquals(1, countBySource(source));
    }

    @Test
    void sameContentAgainIsUnchangedAndChangedContentIsUpdatedInPlace() {
        String url = TestDocuments.newUrl();
        String first = TestDocuments.text("First headline", "June 3, 2019", "First body.");
        String id = data(mutate(INGEST, vars("input", document(url, first, "TEXT", null))))
                .getString("data.ingestDocument.article.id");
        JsonPath again = data(mutate(INGEST, vars("input", document(url, first, "TEXT", null))));
        assertEquals("UNCHANGED", again.getString("data.ingestDocument.status"));
        JsonPath changed = data(mutate(INGEST, vars("input",
                document(url, TestDocuments.text("Second headline", "June 4, 2019", "Second body."), "TEXT", null))));
        assertEquals("UPDATED", changed.getString("data.ingestDocument.status"));
        assertEquals(id, changed.getString("data.ingestDocument.article.id"));
        assertEquals("Second headline", changed.getString("data.ingestDocument.article.title"));
    }

    @Test
    void withoutUrlTheContentIsTheIdentity() {
        String content = TestDocuments.text("A story without address " + TestDocuments.uniqueWord(), "June 3, 2019",
                "Body.");
        JsonPath a = data(mutate(INGEST, vars("input", document(null, content, "TEXT", null))));
        JsonPath b = data(mutate(INGEST, vars("input", document(null, content, "TEXT", null))));
        assertEquals("CREATED", a.getString("data.ingestDocument.status"));
        assertEquals("UNCHANGED", b.getString("data.ingestDocument.status"));
        assertEquals(a.getString("data.ingestDocument.article.id"), b.getString("data.ingestDocument.article.id"));
    }

    private static int countBySource(String source) {
        return data(post("query($s: String) { articles(filter: {source: $s}) { totalCount } }", vars("s", source)))
                .getInt("data.articles.totalCount");
    }

    private interface Input {
        Map<String, Object> of(int i);
    }

    private static List<JsonPath> concurrently(Input input) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<JsonPath>> futures = new ArrayList<>();
            for (int i = 0; i < CONCURRENCY; i++) {
                Map<String, Object> document = input.of(i);
                Callable<JsonPath> call = () -> {
                    start.await();
                    return data(mutate(INGEST, vars("input", document)));
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<JsonPath> results = new ArrayList<>();
            for (Future<JsonPath> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
