package dev.newsgraph.graphql;

import static dev.newsgraph.GraphQL.INGEST;
import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.ingest;
import static dev.newsgraph.GraphQL.mutate;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.vars;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.TestDocuments;
import dev.newsgraph.testing.FaultyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped, started again, and closing the service's connections: against a database of this test's own.
 * Prints the time to the first error of the outage and the time to recover.
 */
@QuarkusTest
@TestProfile(DatabaseFaultTest.OwnDatabase.class)
class DatabaseFaultTest {

    private static final String COUNT = "query { articles(first: 5) { totalCount nodes { title persons { person { name } } } } }";

    public static class OwnDatabase implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", FaultyDatabase.jdbcUrl(), "quarkus.datasource.username",
                    "postgres", "quarkus.datasource.password", "postgres", "newsgraph.embedded-db.enabled", "false");
        }
    }

    @Test
    void outageAnswersServiceUnavailableQuicklyAndRecoversByItself() throws Exception {
        ingest(TestDocuments.article(null, "Before the outage", "May 1, 2019", "Body."));
        data(post(COUNT, null));

        FaultyDatabase.stop();
        long stopped = System.nanoTime();
        long firstError = -1;
        List<Supplier<ValidatableResponse>> requests = List.of(() -> post(COUNT, null),
                () -> mutate(INGEST, vars("input", TestDocuments.article(null, "During", "May 2, 2019", "Body."))),
                () -> post("query($u: String!) { articleByUrl(url: $u) { id } }", vars("u", TestDocuments.newUrl())),
                () -> post(COUNT, null));
        for (Supplier<ValidatableResponse> request : requests) {
            long start = System.nanoTime();
            JsonPath json = request.get().extract().jsonPath();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (firstError < 0) {
                firstError = (System.nanoTime() - stopped) / 1_000_000;
            }
            assertEquals("SERVICE_UNAVAILABLE", json.getString("errors[0].extensions.code"), json.prettify());
            assertTrue(ms < 5000, "answered after " + ms + " ms");
        }
        JsonPath ready = given().get("/q/health/ready").then().statusCode(503).extract().jsonPath();
        assertTrue(ready.getList("checks.findAll { it.name.contains('Database') }.status").contains("DOWN"),
                ready.prettify());
        given().get("/q/health/live").then().statusCode(200);

        FaultyDatabase.start();
        long restarted = System.nanoTime();
        long recovered = -1;
        while ((System.nanoTime() - restarted) / 1_000_000 < 10_000) {
            List<Object> errors = post(COUNT, null).extract().jsonPath().getList("errors");
            if (errors == null || errors.isEmpty()) {
                recovered = (System.nanoTime() - restarted) / 1_000_000;
                break;
            }
            Thread.sleep(100);
        }
        System.out.printf("database outage: first error %d ms after the stop; recovered %d ms after the start%n",
                firstError, recovered);
        assertTrue(recovered >= 0, "not recovered within 10 s of PostgreSQL starting again");
        given().get("/q/health/ready").then().statusCode(200);

        // A restart closes every pooled connection: none of them may fail a request afterwards.
        assertNoRequestFails(8);
        FaultyDatabase.stop();
        FaultyDatabase.start();
        assertNoRequestFails(40);
    }

    @Test
    void connectionsTheServerTerminatedFailNoRequest() throws Exception {
        assertNoRequestFails(8); // fills the pool with several connections
        assertTrue(FaultyDatabase.terminateOtherConnections() > 0, "no pooled connection to terminate");
        assertNoRequestFails(40);
    }

    private static void assertNoRequestFails(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<JsonPath>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                boolean write = i % 4 == 0;
                results.add(pool.submit(() -> write
                        ? mutate(INGEST, vars("input", TestDocuments.article(null, "After", "May 3, 2019", "Body.")))
                                .extract().jsonPath()
                        : post(COUNT, null).extract().jsonPath()));
            }
            for (Future<JsonPath> result : results) {
                JsonPath json = result.get();
                List<Object> errors = json.getList("errors");
                assertTrue(errors == null || errors.isEmpty(), json.prettify());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
