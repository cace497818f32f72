package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQL.INGEST;
import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.mutate;
import static dev.newsgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.TestDocuments;
import dev.newsgraph.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged application logs JSON, one object a line (its output is in target/quarkus.log), and an ingest logs
 * one INFO line per document with its url, status and time, never its content.
 */
@QuarkusIntegrationTest
@WithTestResource(PostgresResource.class)
class JsonLogIT {

    @Test
    void productionLogsAreJsonWithOneLinePerIngestedDocument() throws Exception {
        String secret = TestDocuments.uniqueWord();
        Map<String, Object> document = TestDocuments.article(null, "Logged " + secret, "May 1, 2019",
                "A body with " + secret + " in it.");
        String url = (String) document.get("url");
        assertEquals("CREATED", data(mutate(INGEST, vars("input", document))).getString("data.ingestDocument.status"));

        List<String> lines = List.of();
        for (int i = 0; i < 50 && lines.isEmpty(); i++) {
            Thread.sleep(100);
            lines = Files.readAllLines(Path.of("target/quarkus.log"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(url)).toList();
        }
        assertEquals(1, lines.size(), "expected one log line for " + url + ": " + lines);
        JsonPath line = JsonPath.from(lines.get(0));
        assertEquals("INFO", line.getString("level"));
        assertTrue(line.getString("message").contains("status=CREATED"), lines.get(0));
        assertTrue(line.getString("message").matches(".*ms=\\d+.*"), lines.get(0));
        assertTrue(line.getString("loggerName").endsWith("IngestMetrics"), lines.get(0));
        assertFalse(lines.get(0).contains(secret), "the log carries the document's content");

        String started = Files.readAllLines(Path.of("target/quarkus.log"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("started in")).findFirst().orElseThrow();
        assertTrue(JsonPath.from(started).getString("message").contains("started in"), started);
    }
}
