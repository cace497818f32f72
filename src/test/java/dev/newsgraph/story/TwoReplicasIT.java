package dev.newsgraph.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.TestDocuments;
import dev.newsgraph.bench.JsonOut;
import dev.newsgraph.testing.PackagedApp;
import dev.newsgraph.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged application (two processes, one database) and sixteen clients, eight on each,
 * ingesting copies of one wire story at once: one story holds them all, and every article has it.
 */
class TwoReplicasIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String INGEST = "mutation($input: DocumentInput!) { ingestDocument(input: $input) { article { id } } }";
    private static final int CLIENTS = 16;

    private static EmbeddedPostgres postgres;
    private static final List<Process> replicas = new ArrayList<>();
    private static final List<Integer> ports = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        for (int i = 0; i < 2; i++) {
            startReplica(i);
        }
    }

    @AfterAll
    static void stop() throws IOException, InterruptedException {
        for (Process p : replicas) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        postgres.close();
    }

    @Test
    void sixteenCopiesThroughTwoReplicasAreOneStory() throws Exception {
        for (int round = 0; round < 3; round++) {
            StoryTexts event = new StoryTexts();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                List<String> body = new ArrayList<>(event.wire()); // a wire story on sixteen sites
                if (i % 2 == 1) {
                    body.remove(body.size() - 1 - i % 3);
                }
                Map<String, Object> doc = StoryTexts.doc(TestDocuments.newUrl(),
                        i % 2 == 0 ? event.headline() : event.otherHeadline(), "December " + (1 + i % 3) + ", 2027", body);
                int replica = i % 2;
                ids.add(pool.submit(() -> {
                    go.await();
                    return post(replica, INGEST, Map.of("input", doc)).getString("data.ingestDocument.article.id");
                }));
            }
            go.countDown();
            Set<String> stories = new HashSet<>();
            for (int i = 0; i < ids.size(); i++) {
                stories.add(post(i % 2, "query($id: ID!) { article(id: $id) { story { id } } }",
                        Map.of("id", ids.get(i).get())).getString("data.article.story.id"));
            }
            pool.shutdown();
            assertEquals(1, stories.size(), "one story: " + stories);
            assertEquals(CLIENTS, post(0, "query($id: ID!) { story(id: $id) { articleCount } }",
                    Map.of("id", stories.iterator().next())).getInt("data.story.articleCount"));
        }
    }

    private static JsonPath post(int replica, String query, Map<String, Object> variables) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(replica) + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestTokens.ingest())
                .POST(HttpRequest.BodyPublishers.ofString(JsonOut.write(Map.of("query", query, "variables", variables))))
                .build();
        String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        JsonPath json = JsonPath.from(body);
        assertTrue(json.get("errors") == null, body);
        return json;
    }

    private static void startReplica(int i) throws Exception {
        PackagedApp app = PackagedApp.start(postgres.getJdbcUrl("postgres", "postgres"),
                Path.of("target/two-replicas-" + i + ".log"));
        replicas.add(app.process());
        ports.add(app.port());
    }
}
