package dev.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged application (the jar, or the native binary under -Pnative) as a child process with a database of its own: killed with SIGKILL in the middle of an
 * ingestDocuments batch, every document is stored whole or not at all, and sending the batch again completes it
 * without duplicates. Stopped with SIGTERM in the middle of a batch, it finishes the batch before it exits.
 */
class CrashRecoveryIT {

    private static final String BATCH = "mutation($inputs: [DocumentInput!]!) { ingestDocuments(inputs: $inputs) { status } }";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static EmbeddedPostgres postgres;
    private static List<String> pages;
    private Process app;
    private int port;

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/pages"))) {
            pages = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @AfterEach
    void noAppLeftRunning() {
        if (app != null && app.isAlive()) {
            app.destroyForcibly();
        }
    }

    @Test
    void killedMidBatchStoresWholeDocumentsAndTheResentBatchCompletesIt() throws Exception {
        List<Map<String, Object>> batch = batch();
        startApp();
        CompletableFuture<HttpResponse<String>> inFlight = sendAsync(batch);
        long stored = waitUntilStored(batch, 3);
        app.destroyForcibly();
        assertTrue(app.waitFor(30, TimeUnit.SECONDS));
        assertTrue(inFlight.handle((r, e) -> e != null || r.statusCode() != 200).get(30, TimeUnit.SECONDS),
                "the killed request did not fail");

        Set<String> before = storedUrls(batch);
        assertTrue(before.size() >= stored && before.size() < batch.size(),
                "kill was not mid-batch: " + before.size() + " of " + batch.size() + " stored");

        startApp();
        for (String url : before) {
            assertStoredWhole(url, input(batch, url));
        }
        JsonPath again = JsonPath.from(send(batch).body());
        int unchanged = 0;
        for (int i = 0; i < batch.size(); i++) {
            String status = again.getString("data.ingestDocuments[" + i + "].status");
            String url = (String) batch.get(i).get("url");
            if (before.contains(url)) {
                assertEquals("UNCHANGED", status, url);
                unchanged++;
            } else if (status != null) {
                assertEquals("CREATED", status, url);
            }
        }
        assertEquals(before.size(), unchanged);
        Set<String> after = storedUrls(batch);
        for (String url : after) {
            assertStoredWhole(url, input(batch, url));
        }
        assertEquals(0, count("select count(*) from (select url from article group by url having count(*) > 1) d"));
        assertEquals(0, count("select count(*) from (select normalized_name from person group by normalized_name "
                + "having count(*) > 1) d"));
        stopApp();
    }

    @Test
    void sigtermLetsTheBatchInFlightFinish() throws Exception {
        List<Map<String, Object>> batch = batch().subList(0, 12);
        startApp();
        CompletableFuture<HttpResponse<String>> inFlight = sendAsync(batch);
        waitUntilStored(batch, 1);
        app.destroy(); // SIGTERM
        HttpResponse<String> response = inFlight.get(60, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode(), response.body());
        JsonPath json = JsonPath.from(response.body());
        for (int i = 0; i < batch.size(); i++) {
            String status = json.getString("data.ingestDocuments[" + i + "].status");
            assertTrue(status == null || status.equals("CREATED"), response.body());
        }
        assertTrue(app.waitFor(60, TimeUnit.SECONDS), "did not exit after SIGTERM");
        assertEquals(json.getList("data.ingestDocuments").stream().filter(r -> r != null).count(),
                storedUrls(batch).size());
    }

    private List<Map<String, Object>> batch() {
        String run = UUID.randomUUID().toString();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Map<String, Object> input = new HashMap<>();
            input.put("url", "https://crash.example.org/" + run + "/" + i);
            input.put("content", pages.get(i));
            input.put("format", "HTML");
            batch.add(input);
        }
        return batch;
    }

    private void startApp() throws Exception {
        PackagedApp started = PackagedApp.start(postgres.getJdbcUrl("postgres", "postgres"),
                Path.of("target/crash-recovery-app.log"));
        app = started.process();
        port = started.port();
    }

    private void stopApp() throws InterruptedException {
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly();
        }
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(List<Map<String, Object>> batch) {
        return HTTP.sendAsync(request(batch), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(List<Map<String, Object>> batch) throws Exception {
        return HTTP.send(request(batch), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(List<Map<String, Object>> batch) {
        String body = JsonOut.write(Map.of("query", BATCH, "variables", Map.of("inputs", batch)));
        return HttpRequest.newBuilder(uri("/graphql")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.ingest()).timeout(Duration.ofSeconds(300))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private long waitUntilStored(List<Map<String, Object>> batch, int atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            int stored = storedUrls(batch).size();
            if (stored >= atLeast) {
                return stored;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("nothing stored within 120 s");
    }

    private Set<String> storedUrls(List<Map<String, Object>> batch) throws SQLException {
        String prefix = ((String) batch.get(0).get("url")).replaceAll("/\\d+$", "/");
        Set<String> urls = new HashSet<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement s = c.prepareStatement("select url from article where url like ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    urls.add(rows.getString(1));
                }
            }
        }
        return urls;
    }

    /** The stored rows of a document are those its parse yields: its transaction was applied whole. */
    private void assertStoredWhole(String url, Map<String, Object> input) throws Exception {
        String query = "query($input: DocumentInput!) { parseDocument(input: $input) { persons { name } "
                + "quotes { text } editorialItems { title } } }";
        String body = JsonOut.write(Map.of("query", query, "variables", Map.of("input", input)));
        JsonPath parsed = JsonPath.from(HTTP.send(HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        long id = count("select id from article where url = '" + url.replace("'", "''") + "'");
        assertEquals(1, count("select count(*) from raw_document where article_id = " + id), url);
        assertEquals(parsed.getList("data.parseDocument.quotes").size(),
                count("select count(*) from quote where article_id = " + id), url);
        assertEquals(parsed.getList("data.parseDocument.editorialItems").size(),
                count("select count(*) from editorial_item where article_id = " + id), url);
        assertEquals(parsed.getList("data.parseDocument.persons").size(),
                count("select count(*) from person_mention where article_id = " + id), url);
    }

    private static Map<String, Object> input(List<Map<String, Object>> batch, String url) {
        return batch.stream().filter(i -> url.equals(i.get("url"))).findFirst().orElseThrow();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
