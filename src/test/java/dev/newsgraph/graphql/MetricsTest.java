package dev.newsgraph.graphql;

import static dev.newsgraph.GraphQL.INGEST;
import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.mutate;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.vars;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.TestDocuments;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /q/metrics after ingests and refusals: counters move by what was done, timers and pool gauges are there. */
@QuarkusTest
class MetricsTest {

    @Test
    void ingestsRefusalsRequestsAndThePoolAreMeasured() {
        String before = metrics();
        Map<String, Object> document = TestDocuments.article(null, "Metrics count " + TestDocuments.uniqueWord(),
                "May 1, 2019", "Body.");
        assertEquals("CREATED", data(mutate(INGEST, vars("input", document))).getString("data.ingestDocument.status"));
        assertEquals("UNCHANGED", data(mutate(INGEST, vars("input", document))).getString("data.ingestDocument.status"));
        post(INGEST, vars("input", document)); // no token
        post("query { articles(first: 0) { totalCount } }", null);
        post("query { articles(first: 0) { totalCount } }", null);
        String after = metrics();

        String ours = String.join("\n", after.lines().filter(l -> l.startsWith("newsgraph_") && !l.contains("_bucket"))
                .toList());
        assertEquals(1, delta(before, after, "newsgraph_ingest_documents_total", "status=\"CREATED\"", "format=\"TEXT\""),
                ours);
        assertEquals(1, delta(before, after, "newsgraph_ingest_documents_total", "status=\"UNCHANGED\""));
        assertEquals(1, delta(before, after, "newsgraph_refusals_total", "code=\"UNAUTHENTICATED\""));
        assertEquals(2, delta(before, after, "newsgraph_refusals_total", "code=\"BAD_USER_INPUT\""));
        assertEquals(2, delta(before, after, "newsgraph_ingest_parse_seconds_count"));
        assertEquals(2, delta(before, after, "newsgraph_ingest_store_seconds_count"));
        assertTrue(after.contains("newsgraph_ingest_parse_seconds_bucket{"), "no parse histogram");
        assertEquals(2, delta(before, after, "newsgraph_graphql_requests_seconds_count", "operation=\"mutation\"",
                "outcome=\"ok\""));
        assertEquals(1, delta(before, after, "newsgraph_graphql_requests_seconds_count", "operation=\"mutation\"",
                "outcome=\"error\""));
        assertTrue(delta(before, after, "newsgraph_graphql_requests_seconds_count", "operation=\"query\"") >= 2);
        for (String gauge : new String[] { "agroal_active_count", "agroal_available_count", "agroal_awaiting_count" }) {
            assertTrue(after.contains(gauge + "{"), "no " + gauge);
        }
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double delta(String before, String after, String name, String... labels) {
        return sum(after, name, labels) - sum(before, name, labels);
    }

    /** The sum over the series of a metric whose labels include all of {@code labels}. */
    private static double sum(String exposition, String name, String... labels) {
        double sum = 0;
        for (String line : exposition.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            boolean matches = true;
            for (String label : labels) {
                matches &= line.contains(label);
            }
            if (matches) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
