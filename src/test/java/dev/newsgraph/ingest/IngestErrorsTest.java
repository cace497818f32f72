package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQL.INGEST;
import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.document;
import static dev.newsgraph.GraphQL.mutate;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.postWith;
import static dev.newsgraph.GraphQL.resource;
import static dev.newsgraph.GraphQL.vars;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every refusal of the contract: its code, a message to act on, nothing stored, and the service still serving. */
@QuarkusTest
class IngestErrorsTest {

    private static final String SAMPLE = resource("/samples/dawn-2019-06-02-khalilzad.txt");

    @AfterEach
    void serviceStillServes() {
        String url = newUrl();
        assertEquals("CREATED", data(mutate(INGEST, vars("input", document(url, SAMPLE, "TEXT", null))))
                .getString("data.ingestDocument.status"));
    }

    @Test
    void emptyContentIsBadUserInput() {
        String url = newUrl();
        assertError(mutate(INGEST, vars("input", document(url, "  \n ", "AUTO", null))), "BAD_USER_INPUT", "content");
        assertNotStored(url);
    }

    @Test
    void malformedUrlIsBadUserInput() {
        for (String url : List.of("not a url", "ftp://example.org/a", "http://")) {
            assertError(mutate(INGEST, vars("input", document(url, SAMPLE, "TEXT", null))), "BAD_USER_INPUT", "url");
        }
    }

    @Test
    void contentOverTheLimitIsTooLarge() {
        String url = newUrl();
        String huge = "<p>" + "x".repeat(5 * 1024 * 1024) + "</p>";
        assertError(mutate(INGEST, vars("input", document(url, huge, "HTML", null))), "DOCUMENT_TOO_LARGE", "limit");
        assertNotStored(url);
    }

    @Test
    void pageWithoutTitleOrTextIsUnparseable() {
        String url = newUrl();
        String empty = "<html><head><script>var a = 1;</script></head><body><nav><a href='/'></a></nav></body></html>";
        assertError(mutate(INGEST, vars("input", document(url, empty, "HTML", null))), "UNPARSEABLE_DOCUMENT",
                "No article");
        assertNotStored(url);
    }

    @Test
    void aPageOfOnlyNavigationIsNotAnArticle() {
        // until issue 15 this page (a link's text, no title) was UNPARSEABLE_DOCUMENT; it is now typed OTHER
        String url = newUrl();
        String nav = "<html><head><script>var a = 1;</script></head><body><nav><a href='/'>x</a></nav></body></html>";
        assertError(mutate(INGEST, vars("input", document(url, nav, "HTML", null))), "NOT_AN_ARTICLE", "OTHER");
        assertNotStored(url);
    }

    @Test
    void pagesThatAreNotArticlesAreRefusedUnlessTheInputAcceptsAnyPage() {
        String login = resource("/non-articles/login.html");
        String url = newUrl();
        assertError(mutate(INGEST, vars("input", document(url, login, "HTML", null))), "NOT_AN_ARTICLE",
                "acceptAnyPage");
        assertNotStored(url);

        String section = resource("/non-articles/section-front.html");
        JsonPath parsed = data(post("query($input: DocumentInput!) { parseDocument(input: $input) { pageType title } }",
                vars("input", document(url, section, "HTML", null))));
        assertEquals("LISTING", parsed.getString("data.parseDocument.pageType"));
        assertEquals("Politics", parsed.getString("data.parseDocument.title"));
        assertNotStored(url);

        Map<String, Object> accepted = document(url, section, "HTML", null);
        accepted.put("acceptAnyPage", true);
        assertEquals("CREATED", data(mutate(INGEST, vars("input", accepted))).getString("data.ingestDocument.status"));

        String listing = newUrl();
        String article = newUrl();
        JsonPath batch = mutate("""
                mutation($inputs: [DocumentInput!]!) {
                  ingestDocuments(inputs: $inputs) { status article { url } }
                }""", vars("inputs", List.of(document(listing, section, "HTML", null),
                document(article, SAMPLE, "TEXT", null)))).extract().jsonPath();
        assertNull(batch.get("data.ingestDocuments[0]"));
        assertEquals("NOT_AN_ARTICLE", batch.getString("errors[0].extensions.code"));
        assertEquals(List.of("ingestDocuments", 0, "status"), batch.getList("errors[0].path"));
        assertEquals("CREATED", batch.getString("data.ingestDocuments[1].status"));
        assertNotStored(listing);
    }

    @Test
    void batchOverTheLimitIsRefusedWhole() {
        List<Map<String, Object>> inputs = new ArrayList<>();
        String first = newUrl();
        for (int i = 0; i < 101; i++) {
            inputs.add(document(i == 0 ? first : newUrl(), "Title\n\nBody text " + i, "TEXT", null));
        }
        assertError(mutate("mutation($inputs: [DocumentInput!]!) { ingestDocuments(inputs: $inputs) { status } }",
                vars("inputs", inputs)), "BATCH_TOO_LARGE", "at most 100");
        assertNotStored(first);
    }

    @Test
    void aBadDocumentInABatchFailsAtItsIndexAndTheOthersAreStored() {
        String good1 = newUrl();
        String bad = newUrl();
        String good2 = newUrl();
        JsonPath json = mutate("""
                mutation($inputs: [DocumentInput!]!) {
                  ingestDocuments(inputs: $inputs) { status article { url } }
                }""", vars("inputs", List.of(document(good1, SAMPLE, "TEXT", null), document(bad, "", "TEXT", null),
                document(good2, SAMPLE, "TEXT", null)))).extract().jsonPath();
        assertEquals("CREATED", json.getString("data.ingestDocuments[0].status"));
        assertNull(json.get("data.ingestDocuments[1]"));
        assertEquals("CREATED", json.getString("data.ingestDocuments[2].status"));
        assertEquals(1, json.getList("errors").size(), json.prettify());
        assertEquals("BAD_USER_INPUT", json.getString("errors[0].extensions.code"));
        assertEquals(List.of("ingestDocuments", 1, "status"), json.getList("errors[0].path"));
        assertNotStored(bad);
        assertNotNull(data(post("query($u: String!) { articleByUrl(url: $u) { id } }", vars("u", good2)))
                .get("data.articleByUrl"));
    }

    @Test
    void pageSizeOutsideOneToHundredIsBadUserInput() {
        for (int first : new int[] { 0, 101, -1 }) {
            assertError(post("query($n: Int) { articles(first: $n) { totalCount } }", vars("n", first)),
                    "BAD_USER_INPUT", "first");
        }
        assertError(post("query { persons(first: 1000) { totalCount } }", null), "BAD_USER_INPUT", "first");
    }

    @Test
    void foreignOrGarbledCursorIsBadUserInput() {
        String personCursor = java.util.Base64.getUrlEncoder().encodeToString("person-name\u001fa\u001f1".getBytes());
        for (String cursor : List.of("garbage!!", "Zm9v", personCursor)) {
            assertError(post("query($c: String) { articles(after: $c) { totalCount } }", vars("c", cursor)),
                    "BAD_USER_INPUT", "cursor");
        }
    }

    @Test
    void invalidDateIsBadUserInput() {
        assertError(post("query($f: ArticleFilter) { articles(filter: $f) { totalCount } }",
                vars("f", Map.of("publishedFrom", "2019-13-45"))), "BAD_USER_INPUT", null);
        assertError(post("query { articles(filter: {publishedTo: \"yesterday\"}) { totalCount } }", null),
                "BAD_USER_INPUT", null);
    }

    @Test
    void mutationsWithoutAValidTokenAreUnauthenticated() {
        String url = newUrl();
        Map<String, Object> variables = vars("input", document(url, SAMPLE, "TEXT", null));
        assertError(post(INGEST, variables), "UNAUTHENTICATED", "credentials");
        for (String authorization : List.of("Bearer not.a.jwt", "Bearer " + TestTokens.foreignSignature(),
                "Bearer " + TestTokens.expired(), "Bearer " + TestTokens.wrongIssuer(),
                "Basic c2NyYXBlcjpzY3JhcGVyLXNlY3JldA==")) {
            // HTTP 200 with a GraphQL error, like every other refusal (postWith checks the status).
            assertError(postWith(authorization, INGEST, variables), "UNAUTHENTICATED", null);
        }
        assertError(postWith("Bearer " + TestTokens.expired(), "mutation { deleteArticle(id: \"1\") }", null),
                "UNAUTHENTICATED", "token");
        assertNotStored(url);
    }

    @Test
    void aValidTokenWithoutTheIngestGroupIsForbidden() {
        String url = newUrl();
        assertError(postWith("Bearer " + TestTokens.reader(), INGEST, vars("input", document(url, SAMPLE, "TEXT", null))),
                "FORBIDDEN", "ingest");
        assertError(postWith("Bearer " + TestTokens.reader(), "mutation { reprocessArticles }", null), "FORBIDDEN",
                "ingest");
        assertNotStored(url);
    }

    @Test
    void readsArePublicByDefault() {
        data(post("query { articles(first: 1) { totalCount } }", null));
        data(postWith("Bearer not.a.jwt", "query { articles(first: 1) { totalCount } }", null));
    }

    @Test
    void deepOrCostlyQueriesAreRefused() {
        assertError(post("""
                { articles { nodes { persons { person { articles { nodes { persons { person { articles { nodes {
                  persons { person { name } } } } } } } } } } } } }""", null), "QUERY_TOO_COMPLEX", "deep");
        assertError(post("""
                { articles(first: 100) { nodes { persons { person { articles(first: 100) { nodes { title } } } } } } }""",
                null), "QUERY_TOO_COMPLEX", "costs 20401;"); // 1 + 100 x (1 + 1 + 1 + 1 + 100 x (1 + 1))
    }

    @Test
    void unknownIdsAreNotFound() {
        assertError(mutate("mutation { deleteArticle(id: \"987654321987\") }", null), "NOT_FOUND", "987654321987");
        assertError(mutate("mutation($ids: [ID!]) { reprocessArticles(ids: $ids) }",
                vars("ids", List.of("987654321987"))), "NOT_FOUND", "987654321987");
        assertError(post("query { article(id: \"not-a-number\") { id } }", null), "BAD_USER_INPUT", "id");
    }

    @Test
    void syntaxAndUnknownFieldsGetCodesToo() {
        assertError(post("query { articles { nodes { nope } } }", null), "GRAPHQL_VALIDATION_FAILED", null);
        assertError(post("query { articles( { totalCount } }", null), "GRAPHQL_PARSE_FAILED", "Invalid syntax");
        assertError(given().contentType(ContentType.JSON).body("{\"query\": ").post("/graphql").then().statusCode(200),
                "GRAPHQL_PARSE_FAILED", "JSON");
    }

    @Test
    void aStrayNulIngestsNormallyAsTextAndInsideHtml() {
        String text = newUrl();
        JsonPath stored = data(mutate(INGEST_TEXT, vars("input", document(text,
                SAMPLE.replaceFirst("\\.", ".\u0000").replace("Khalilzad", "Khalil\u0000zad"), "TEXT", "Da\u0000wn"))));
        assertEquals("CREATED", stored.getString("data.ingestDocument.status"));
        assertTrue(stored.getString("data.ingestDocument.article.text").contains("Khalilzad"));
        assertFalse(stored.getString("data.ingestDocument.article.text").contains("\u0000"));
        assertEquals("Dawn", stored.getString("data.ingestDocument.article.source"));

        String html = newUrl();
        String page = "<html><head><title>Talks re\u0000sume in Doha</title></head><body><article><h1>Talks re\u0000sume"
                + " in Doha</h1><p>The envoy said on Sunday that the talks would resume next week, after a pause of"
                + " several\u0000 months.</p><p>Officials from both sides&#0; confirmed the date in separate"
                + " statements.</p></article></body></html>";
        JsonPath fromHtml = data(mutate(INGEST_TEXT, vars("input", document(html, page, "HTML", null))));
        assertEquals("Talks resume in Doha", fromHtml.getString("data.ingestDocument.article.title"));
        assertTrue(fromHtml.getString("data.ingestDocument.article.text").contains("several months"));
        // The stored raw document reparses: reprocessing does not fail on it.
        String id = fromHtml.getString("data.ingestDocument.article.id");
        assertEquals(1, data(mutate("mutation($ids: [ID!]) { reprocessArticles(ids: $ids) }",
                vars("ids", List.of(id)))).getInt("data.reprocessArticles"));
    }

    @Test
    void contentThatIsNotTextIsUnparseable() {
        for (String junk : List.of("\u0001\u0002\ufffd".repeat(50), "\ufffd".repeat(2000),
                "\u0000".repeat(100) + "ab")) {
            String url = newUrl();
            assertError(mutate(INGEST, vars("input", document(url, junk, "AUTO", null))), "UNPARSEABLE_DOCUMENT",
                    null);
            assertNotStored(url);
        }
    }

    @Test
    void outOfRangeIntegersAndBadScalarsNameTheArgumentAndTheForm() {
        assertError(post("query { articles(first: 99999999999) { totalCount } }", null), "BAD_USER_INPUT",
                "first must be an Int");
        assertError(post("query($n: Int) { articles(first: $n) { totalCount } }", vars("n", 99999999999L)),
                "BAD_USER_INPUT", "first must be an Int");
        assertError(post("query($n: Int) { articles(first: $n) { totalCount } }", vars("n", "ten")),
                "BAD_USER_INPUT", "first must be an Int");
        assertError(post("query($f: ArticleFilter) { articles(filter: $f) { totalCount } }",
                vars("f", Map.of("publishedFrom", "2019-13-45"))), "BAD_USER_INPUT", "filter.publishedFrom");
        assertError(post("query { editorialItems(filter: {to: \"yesterday\"}) { totalCount } }", null),
                "BAD_USER_INPUT", "YYYY-MM-DD");
        assertError(mutate(INGEST, vars("input", Map.of("url", newUrl(), "content", SAMPLE, "fetchedAt", "noon"))),
                "BAD_USER_INPUT", "input.fetchedAt");
    }

    @Test
    void controlCharactersInQueryArgumentsAreHarmless() {
        for (String query : List.of("query($s: String) { articles(filter: {search: $s, source: $s}) { totalCount } }",
                "query($s: String) { persons(search: $s) { totalCount } }",
                "query($s: String) { quotes(filter: {search: $s}) { totalCount } }",
                "query($s: String) { editorialItems(filter: {search: $s, section: $s}) { totalCount } }",
                "query($s: String!) { articleByUrl(url: $s) { id } }")) {
            data(post(query, vars("s", "khalil\u0000zad\u0001")));
        }
        data(post("query { articles(filter: {search: \"a\\u0000b\"}) { totalCount } }", null));
    }

    private static final String INGEST_TEXT = """
            mutation($input: DocumentInput!) {
              ingestDocument(input: $input) { status article { id title text source } }
            }""";

    static void assertError(ValidatableResponse response, String code, String messagePart) {
        JsonPath json = response.extract().jsonPath();
        List<Map<String, Object>> errors = json.getList("errors");
        assertNotNull(errors, "expected an error with code " + code + " in " + json.prettify());
        for (Map<String, Object> error : errors) {
            assertNotEquals("System error", error.get("message"), json.prettify());
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
            assertTrue(Set.of("code", "classification").containsAll(extensions.keySet()), json.prettify());
        }
        assertEquals(code, json.getString("errors[0].extensions.code"), json.prettify());
        if (messagePart != null) {
            assertTrue(json.getString("errors[0].message").contains(messagePart), json.prettify());
        }
    }

    private static void assertNotStored(String url) {
        assertNull(data(post("query($u: String!) { articleByUrl(url: $u) { id } }", vars("u", url)))
                .get("data.articleByUrl"), url + " was stored");
    }

    private static String newUrl() {
        return "https://news.example.org/" + UUID.randomUUID();
    }
}
