package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQL.INGEST;
import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.document;
import static dev.newsgraph.GraphQL.resource;
import static dev.newsgraph.GraphQL.vars;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newsgraph.GraphQL;
import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.parse.DocumentFormat;
import dev.newsgraph.parse.ParsedDocument;
import dev.newsgraph.parse.RandomText;
import dev.newsgraph.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Random DocumentInput values and query arguments (seeded generators, a fresh seed each run, printed): over HTTP every
 * answer is a 200 with either data or errors carrying a documented code, never "System error"; a refused document is
 * not stored; the service still serves afterwards. The bulk of the documents goes through the service layer (check and
 * parse, the path every ingest takes), a sample of them through the real HTTP API.
 */
@QuarkusTest
class RandomInputTest {

    static final Set<String> CODES = Set.of("BAD_USER_INPUT", "DOCUMENT_TOO_LARGE", "UNPARSEABLE_DOCUMENT",
            "BATCH_TOO_LARGE", "NOT_AN_ARTICLE", "UNAUTHENTICATED", "FORBIDDEN", "QUERY_TOO_COMPLEX", "NOT_FOUND",
            "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "SERVICE_UNAVAILABLE", "INTERNAL_SERVER_ERROR");
    private static final int SERVICE_CASES = 2000;
    private static final int HTTP_DOCUMENTS = 120;
    private static final int HTTP_QUERIES = 300;

    @Inject
    IngestService ingest;

    @Test
    void randomInputIsParsedOrRefusedWithACode() {
        long seedValue = System.nanoTime();
        String seed = Long.toString(seedValue);
        System.out.println("RandomInputTest seed " + seed);
        Random random = new Random(seedValue);
        long start = System.nanoTime();
        int refused = 0;
        for (int i = 0; i < SERVICE_CASES; i++) {
            DocumentInput input = randomDocument(random);
            try {
                ParsedDocument parsed = ingest.parse(input);
                assertNotNull(parsed.title());
            } catch (ApiException e) {
                refused++;
            } catch (RuntimeException e) {
                fail("seed " + seed + ": " + e + " for " + describe(input), e);
            }
        }
        long serviceDone = System.nanoTime();
        int stored = 0;
        for (int i = 0; i < HTTP_DOCUMENTS; i++) {
            stored += ingestOverHttp(seed, randomDocument(random));
        }
        for (int i = 0; i < HTTP_QUERIES; i++) {
            Map.Entry<String, Map<String, Object>> q = randomQuery(random);
            answerOverHttp(seed, q.getKey(), q.getValue());
        }
        System.out.printf("RandomInputTest: %d service-layer documents (%d refused) in %d s; %d HTTP ingests"
                + " (%d stored) and %d HTTP queries in %d s%n", SERVICE_CASES, refused,
                (serviceDone - start) / 1_000_000_000, HTTP_DOCUMENTS, stored, HTTP_QUERIES,
                (System.nanoTime() - serviceDone) / 1_000_000_000);
        String url = "https://news.example.org/" + UUID.randomUUID();
        assertEquals("CREATED", data(GraphQL.mutate(INGEST, vars("input", document(url,
                resource("/samples/dawn-2019-06-02-khalilzad.txt"), "TEXT", null)))).getString("data.ingestDocument.status"));
    }

    private static int ingestOverHttp(String seed, DocumentInput input) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("url", input.url);
        variables.put("content", input.content);
        variables.put("format", input.format == null ? null : input.format.name());
        variables.put("source", input.source);
        JsonPath json = answer(seed, INGEST, vars("input", variables), true);
        List<Map<String, Object>> errors = json.getList("errors");
        if (errors == null) {
            assertNotNull(json.getString("data.ingestDocument.article.id"), () -> json.get().toString());
            String title = json.getString("data.ingestDocument.article.title");
            assertFalse(title.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'), title);
            return 1;
        }
        if (input.url != null && input.url.startsWith("https://news.example.org/")) {
            JsonPath lookup = answer(seed, "query($u: String!) { articleByUrl(url: $u) { id } }", vars("u", input.url),
                    false);
            assertNull(lookup.get("data.articleByUrl"), "seed " + seed + ": refused but stored: " + describe(input));
        }
        return 0;
    }

    private static void answerOverHttp(String seed, String query, Map<String, Object> variables) {
        answer(seed, query, variables, false);
    }

    /** Posts, and checks the properties every answer has. */
    private static JsonPath answer(String seed, String query, Map<String, Object> variables, boolean asScraper) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).body(body);
        if (asScraper) {
            request = request.header("Authorization", "Bearer " + TestTokens.ingest());
        }
        Response response = request.post("/graphql");
        String where = "seed " + seed + ", variables " + abbreviate(String.valueOf(variables)) + ": ";
        assertEquals(200, response.statusCode(), where + response.asString());
        // Messages carry the raw answer: Groovy's JsonOutput.prettyPrint (JsonPath.prettify) cannot lex some valid
        // strings (an escaped backslash before a 'u'), and random titles contain them.
        String text = response.asString();
        JsonPath json = response.jsonPath();
        List<Map<String, Object>> errors = json.getList("errors");
        if (errors != null) {
            for (Map<String, Object> error : errors) {
                @SuppressWarnings("unchecked")
                Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
                assertNotNull(extensions, () -> where + text);
                String code = (String) extensions.get("code");
                assertTrue(CODES.contains(code) && !code.equals("INTERNAL_SERVER_ERROR"), () -> where + text);
                assertFalse(String.valueOf(error.get("message")).contains("System error"), () -> where + text);
                assertTrue(Set.of("code", "classification").containsAll(extensions.keySet()), () -> where + text);
            }
        }
        return json;
    }

    static DocumentInput randomDocument(Random r) {
        DocumentInput input = new DocumentInput();
        input.url = RandomText.orNull(r, 0.1, switch (r.nextInt(3)) {
            case 0 -> "https://news.example.org/" + RandomText.alphanumeric(r, 20) + "-" + UUID.randomUUID();
            case 1 -> RandomText.anyUnicode(r, 60);
            default -> RandomText.pick(r, List.of("https://news.example.org/a\u0000b", "http://", "ftp://x.org/a", "",
                    " ", "javascript:x"));
        });
        input.content = r.nextInt(4) == 3
                ? RandomText.pick(r, List.of("", " ", "\u0000", "\ufffd".repeat(2000)))
                : RandomText.anyDocument(r);
        DocumentFormat[] formats = DocumentFormat.values();
        input.format = RandomText.orNull(r, 0.1, formats[r.nextInt(formats.length)]);
        input.source = RandomText.orNull(r, 0.5, RandomText.anyUnicode(r, 30));
        return input;
    }

    static Map.Entry<String, Map<String, Object>> randomQuery(Random r) {
        Object first = RandomText.orNull(r, 0.2, switch (r.nextInt(3)) {
            case 0 -> (Object) (r.nextInt(136) - 5);
            case 1 -> (Object) r.nextLong();
            default -> (Object) RandomText.anyUnicode(r, 5);
        });
        String text = text(r);
        String after = text(r);
        String date = RandomText.orNull(r, 0.5, r.nextBoolean()
                ? RandomText.pick(r, List.of("2019-06-02", "2019-13-45", "yesterday", "", "2019-02-29", "0000-00-00",
                        "99999-01-01"))
                : RandomText.anyUnicode(r, 12));
        String id = RandomText.orNull(r, 0.4, r.nextBoolean() ? Long.toString(r.nextLong())
                : RandomText.anyUnicode(r, 12));
        Object kind = RandomText.orNull(r, 0.6, r.nextBoolean()
                ? RandomText.pick(r, List.of("DIRECT", "PARTIAL", "INDIRECT", "direct", "X"))
                : RandomText.anyUnicode(r, 6));
        Map<String, Object> v = new HashMap<>();
        v.put("first", first);
        v.put("after", after);
        String query = switch (r.nextInt(6)) {
            case 0 -> {
                Map<String, Object> filter = new HashMap<>();
                filter.put("search", text);
                filter.put("source", text);
                filter.put("personId", id);
                filter.put("publishedFrom", date);
                filter.put("publishedTo", date);
                v.put("f", filter);
                yield "query($f: ArticleFilter, $first: Int, $after: String) { articles(filter: $f,"
                        + " first: $first, after: $after) { totalCount pageInfo { hasNextPage"
                        + " hasPreviousPage startCursor endCursor } nodes { id title } } }";
            }
            case 1 -> {
                v.put("s", text);
                yield "query($s: String, $first: Int, $after: String) { persons(search: $s,"
                        + " first: $first, after: $after) { totalCount nodes { name } } }";
            }
            case 2 -> {
                Map<String, Object> filter = new HashMap<>();
                filter.put("speakerId", id);
                filter.put("search", text);
                filter.put("kind", kind);
                v.put("f", filter);
                yield "query($f: QuoteFilter, $first: Int, $after: String) { quotes(filter: $f,"
                        + " first: $first, after: $after) { totalCount nodes { text } } }";
            }
            case 3 -> {
                Map<String, Object> filter = new HashMap<>();
                filter.put("section", text);
                filter.put("from", date);
                filter.put("to", date);
                filter.put("search", text);
                v.put("f", filter);
                yield "query($f: EditorialItemFilter, $first: Int, $after: String) { editorialItems("
                        + "filter: $f, first: $first, after: $after) { totalCount nodes { title } } }";
            }
            case 4 -> {
                v.put("id", id == null ? "1" : id);
                v.put("u", text == null ? "" : text);
                yield "query($id: ID!, $u: String!, $first: Int, $after: String) { article(id: $id) { id }"
                        + " person(id: $id) { id articles(first: $first, after: $after) { totalCount } }"
                        + " articleByUrl(url: $u) { id } }";
            }
            default -> {
                v.put("s", text == null ? "" : text);
                yield "query($s: String!, $first: Int, $after: String) { articles(filter: {search: $s},"
                        + " first: $first, after: $after) { nodes { title persons { person { name } } } } }";
            }
        };
        return Map.entry(query, v);
    }

    private static String text(Random r) {
        return RandomText.orNull(r, 0.3, r.nextBoolean() ? RandomText.anyUnicode(r, 40)
                : abbreviateTo(RandomText.newsText(r, 300), 80));
    }

    private static String abbreviateTo(String s, int length) {
        return s.length() > length ? s.substring(0, length) : s;
    }

    private static String describe(DocumentInput input) {
        return "url=" + abbreviate(input.url) + " format=" + input.format + " source=" + abbreviate(input.source)
                + " content=" + abbreviate(input.content);
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        String shown = s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + " chars)" : s;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(c -> out.append(c < 0x20 || c == 0xfffd ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return out.toString();
    }
}
