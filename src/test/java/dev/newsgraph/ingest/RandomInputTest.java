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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

/**
 * Random DocumentInput values and query arguments (jqwik generators, a fresh seed each run, printed): over HTTP every
 * answer is a 200 with either data or errors carrying a documented code, never "System error"; a refused document is
 * not stored; the service still serves afterwards. The bulk of the documents goes through the service layer (check and
 * parse, the path every ingest takes), a sample of them through the real HTTP API.
 */
@QuarkusTest
class RandomInputTest {

    static final Set<String> CODES = Set.of("BAD_USER_INPUT", "DOCUMENT_TOO_LARGE", "UNPARSEABLE_DOCUMENT",
            "BATCH_TOO_LARGE", "UNAUTHENTICATED", "FORBIDDEN", "QUERY_TOO_COMPLEX", "NOT_FOUND",
            "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "INTERNAL_SERVER_ERROR");
    private static final int SERVICE_CASES = 2000;
    private static final int HTTP_DOCUMENTS = 120;
    private static final int HTTP_QUERIES = 300;

    @Inject
    IngestService ingest;

    @Test
    void randomInputIsParsedOrRefusedWithACode() {
        String seed = Long.toString(System.nanoTime());
        System.out.println("RandomInputTest seed " + seed);
        long start = System.nanoTime();
        AtomicInteger refused = new AtomicInteger();
        JqwikSession.start(seed);
        try {
            documents().sampleStream().limit(SERVICE_CASES).forEach(input -> {
                try {
                    ParsedDocument parsed = ingest.parse(input);
                    assertNotNull(parsed.title());
                } catch (ApiException e) {
                    refused.incrementAndGet();
                } catch (RuntimeException e) {
                    fail("seed " + seed + ": " + e + " for " + describe(input), e);
                }
            });
            long serviceDone = System.nanoTime();
            int[] stored = { 0 };
            documents().sampleStream().limit(HTTP_DOCUMENTS).forEach(input -> stored[0] += ingestOverHttp(seed, input));
            queries().sampleStream().limit(HTTP_QUERIES).forEach(q -> answerOverHttp(seed, q.getKey(), q.getValue()));
            System.out.printf("RandomInputTest: %d service-layer documents (%d refused) in %d s; %d HTTP ingests"
                    + " (%d stored) and %d HTTP queries in %d s%n", SERVICE_CASES, refused.get(),
                    (serviceDone - start) / 1_000_000_000, HTTP_DOCUMENTS, stored[0], HTTP_QUERIES,
                    (System.nanoTime() - serviceDone) / 1_000_000_000);
        } finally {
            JqwikSession.finish();
        }
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
            assertNotNull(json.getString("data.ingestDocument.article.id"), json.prettify());
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
        JsonPath json = response.jsonPath();
        List<Map<String, Object>> errors = json.getList("errors");
        if (errors != null) {
            for (Map<String, Object> error : errors) {
                @SuppressWarnings("unchecked")
                Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
                assertNotNull(extensions, where + json.prettify());
                String code = (String) extensions.get("code");
                assertTrue(CODES.contains(code) && !code.equals("INTERNAL_SERVER_ERROR"), where + json.prettify());
                assertFalse(String.valueOf(error.get("message")).contains("System error"), where + json.prettify());
                assertTrue(Set.of("code", "classification").containsAll(extensions.keySet()), where + json.prettify());
            }
        }
        return json;
    }

    static Arbitrary<DocumentInput> documents() {
        Arbitrary<String> urls = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMaxLength(20).map(s -> "https://news.example.org/" + s
                        + "-" + UUID.randomUUID()),
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.of("https://news.example.org/a\u0000b", "http://", "ftp://x.org/a", "", " ", "javascript:x"))
                .injectNull(0.1);
        Arbitrary<String> contents = Arbitraries.oneOf(RandomText.anyUnicode(), RandomText.htmlPages(),
                RandomText.newsText(), Arbitraries.of("", " ", "\u0000", "\ufffd".repeat(2000)));
        Arbitrary<DocumentFormat> formats = Arbitraries.of(DocumentFormat.class).injectNull(0.1);
        Arbitrary<String> sources = Arbitraries.strings().all().ofMaxLength(30).injectNull(0.5);
        return Combinators.combine(urls, contents, formats, sources).as((url, content, format, source) -> {
            DocumentInput input = new DocumentInput();
            input.url = url;
            input.content = content;
            input.format = format;
            input.source = source;
            return input;
        });
    }

    static Arbitrary<Map.Entry<String, Map<String, Object>>> queries() {
        Arbitrary<Object> firsts = Arbitraries.oneOf(Arbitraries.integers().between(-5, 130).map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.strings().ofMaxLength(5).map(s -> (Object) s))
                .injectNull(0.2);
        Arbitrary<String> texts = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                RandomText.newsText().map(t -> t.length() > 80 ? t.substring(0, 80) : t)).injectNull(0.3);
        Arbitrary<String> dates = Arbitraries.oneOf(Arbitraries.of("2019-06-02", "2019-13-45", "yesterday", "",
                "2019-02-29", "0000-00-00", "99999-01-01"), Arbitraries.strings().ofMaxLength(12)).injectNull(0.5);
        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.longs().map(Object::toString),
                Arbitraries.strings().all().ofMaxLength(12)).injectNull(0.4);
        Arbitrary<Object> kinds = Arbitraries.oneOf(Arbitraries.of("DIRECT", "PARTIAL", "INDIRECT", "direct", "X"),
                Arbitraries.strings().ofMaxLength(6)).map(k -> (Object) k).injectNull(0.6);
        return Combinators.combine(Arbitraries.integers().between(0, 5), firsts, texts, dates, ids, kinds, texts)
                .as((which, first, text, date, id, kind, after) -> {
                    Map<String, Object> v = new HashMap<>();
                    v.put("first", first);
                    v.put("after", after);
                    String query = switch (which) {
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
                });
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
