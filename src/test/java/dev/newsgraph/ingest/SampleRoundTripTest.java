package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.document;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.resource;
import static dev.newsgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sample page, ingested over the API and read back, must match its expectation file exactly. */
@QuarkusTest
class SampleRoundTripTest {

    private static final String SAMPLE = "/samples/dawn-2019-06-02-khalilzad";

    @Test
    void sampleRoundTripsAsExpected() {
        JsonPath expected = JsonPath.from(resource(SAMPLE + ".expected.json"));
        String url = "https://news.example.org/" + UUID.randomUUID();
        String id = GraphQL.ingest(document(url, resource(SAMPLE + ".txt"), "TEXT", "Sample Daily"));

        JsonPath got = data(post("""
                query($id: ID!) {
                  article(id: $id) {
                    id url title publishedDate source text wordCount
                    paragraphs
                    leadImage { caption credit }
                    editorialItems { section title date updated teaser }
                  }
                }""", vars("id", id)));
        assertEquals(expected.getString("article.title"), got.getString("data.article.title"));
        assertEquals(expected.getString("article.publishedDate"), got.getString("data.article.publishedDate"));
        assertEquals(expected.getString("article.leadImage.caption"), got.getString("data.article.leadImage.caption"));
        assertEquals(expected.getString("article.leadImage.credit"), got.getString("data.article.leadImage.credit"));
        List<String> paragraphs = got.getList("data.article.paragraphs", String.class);
        assertEquals(expected.getList("article.paragraphs", String.class), paragraphs);
        assertEquals(String.join("\n\n", paragraphs), got.getString("data.article.text"));
        for (String banned : expected.getList("article.mustNotContain", String.class)) {
            assertFalse(got.getString("data.article.text").contains(banned), "body contains " + banned);
        }
        assertEquals(url, got.getString("data.article.url"));
        assertEquals("Sample Daily", got.getString("data.article.source"));
        assertTrue(got.getInt("data.article.wordCount") > 500);

        List<Map<String, Object>> items = got.getList("data.article.editorialItems");
        List<Map<String, Object>> expectedItems = expected.getList("editorialItems");
        assertEquals(expectedItems.size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            for (String field : List.of("section", "title", "date", "updated", "teaser")) {
                assertEquals(expectedItems.get(i).get(field), items.get(i).get(field), "item " + i + " " + field);
            }
        }
    }

    @Test
    void samplePersonsAndQuotesAreStoredWithResolvedSpeakers() {
        JsonPath expected = JsonPath.from(resource(SAMPLE + ".expected.json"));
        String id = GraphQL.ingest(document("https://news.example.org/" + UUID.randomUUID(), resource(SAMPLE + ".txt"),
                "TEXT", null));
        JsonPath got = data(post("""
                query($id: ID!) {
                  article(id: $id) {
                    persons { mentions roles person { name aliases } }
                    quotes { text kind cue paragraph speakerName speaker { name } }
                  }
                }""", vars("id", id)));
        List<Map<String, Object>> persons = got.getList("data.article.persons");
        java.util.Set<Object> names = new java.util.HashSet<>();
        persons.forEach(p -> names.add(((Map<?, ?>) p.get("person")).get("name")));
        java.util.Set<Object> expectedNames = new java.util.HashSet<>(expected.getList("persons.name"));
        assertEquals(expectedNames, names);
        for (Map<String, Object> e : expected.<Map<String, Object>>getList("persons")) {
            Map<String, Object> mention = persons.stream()
                    .filter(p -> e.get("name").equals(((Map<?, ?>) p.get("person")).get("name"))).findFirst().orElseThrow();
            assertTrue(((List<?>) mention.get("roles")).containsAll((List<?>) e.get("roles")), mention.toString());
        }
        List<Map<String, Object>> quotes = got.getList("data.article.quotes");
        java.util.Set<String> direct = new java.util.HashSet<>();
        for (Map<String, Object> q : quotes) {
            if (!"INDIRECT".equals(q.get("kind"))) {
                Map<?, ?> speaker = (Map<?, ?>) q.get("speaker");
                direct.add(q.get("kind") + "|" + q.get("text") + "|" + (speaker == null ? null : speaker.get("name")) + "|"
                        + q.get("paragraph"));
            }
        }
        java.util.Set<String> expectedDirect = new java.util.HashSet<>();
        for (Map<String, Object> e : expected.<Map<String, Object>>getList("quotes")) {
            if (!"INDIRECT".equals(e.get("kind"))) {
                expectedDirect.add(e.get("kind") + "|" + e.get("text") + "|" + e.get("speaker") + "|" + e.get("paragraph"));
            } else if (Boolean.TRUE.equals(e.get("required"))) {
                assertTrue(quotes.stream().anyMatch(q -> "INDIRECT".equals(q.get("kind"))
                        && e.get("text").equals(q.get("text")) && q.get("speaker") != null
                        && e.get("speaker").equals(((Map<?, ?>) q.get("speaker")).get("name"))), "missing " + e);
            }
        }
        assertEquals(expectedDirect, direct);
    }

    @Test
    void parseDocumentReturnsTheSameParseAndStoresNothing() {
        String url = "https://news.example.org/" + UUID.randomUUID();
        JsonPath got = data(post("""
                query($input: DocumentInput!) {
                  parseDocument(input: $input) { title publishedDate paragraphs wordCount warnings
                    editorialItems { title } leadImage { credit } }
                }""", vars("input", document(url, resource(SAMPLE + ".txt"), null, null))));
        assertEquals(15, got.getList("data.parseDocument.paragraphs").size());
        assertEquals("Reuters/File", got.getString("data.parseDocument.leadImage.credit"));
        assertEquals(6, got.getList("data.parseDocument.editorialItems").size());
        JsonPath stored = data(post("query($url: String!) { articleByUrl(url: $url) { id } }", vars("url", url)));
        org.junit.jupiter.api.Assertions.assertNull(stored.get("data.articleByUrl"));
    }
}
