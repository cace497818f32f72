package dev.newsgraph;

import static io.restassured.RestAssured.given;

import dev.newsgraph.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Talks to the running service over HTTP the way a frontend or scraper does. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(body(query, variables)).when().post("/graphql").then()
                .statusCode(200);
    }

    /** With a bearer token whose groups hold ingest, as a scraper sends. */
    public static ValidatableResponse mutate(String query, Map<String, Object> variables) {
        return postWith("Bearer " + TestTokens.ingest(), query, variables);
    }

    /** With the given Authorization header value. */
    public static ValidatableResponse postWith(String authorization, String query, Map<String, Object> variables) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON)
                .body(body(query, variables)).when().post("/graphql").then().statusCode(200);
    }

    public static JsonPath data(ValidatableResponse response) {
        JsonPath json = response.extract().jsonPath();
        List<Object> errors = json.getList("errors");
        if (errors != null && !errors.isEmpty()) {
            throw new AssertionError("GraphQL errors: " + errors);
        }
        return json;
    }

    public static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    public static Map<String, Object> document(String url, String content, String format, String source) {
        Map<String, Object> input = new HashMap<>();
        input.put("url", url);
        input.put("content", content);
        input.put("format", format);
        input.put("source", source);
        return input;
    }

    public static final String INGEST = """
            mutation($input: DocumentInput!) {
              ingestDocument(input: $input) { status warnings article { id url title } }
            }""";

    /** Ingests and returns the article id. */
    public static String ingest(Map<String, Object> input) {
        return data(mutate(INGEST, vars("input", input))).getString("data.ingestDocument.article.id");
    }

    public static String resource(String path) {
        try (var in = GraphQL.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> body(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables == null ? Map.of() : variables);
        return body;
    }
}
