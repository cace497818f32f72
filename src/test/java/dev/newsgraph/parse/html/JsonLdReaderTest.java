package dev.newsgraph.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLdReaderTest {

    @Test
    void readsHandWrittenJson() {
        List<Object> roots = JsonLdReader.read("""
                <!-- { "@context": "https://schema.org", '@type': 'NewsArticle',
                  headline: "Line one
                line two", "author": [{"@type": "Person", "name": "A \\u00c9l"},], // trailing comma
                  "datePublished": "2020-01-02" "wordCount": 12 } -->""");
        Map<?, ?> node = (Map<?, ?>) roots.get(0);
        assertEquals("NewsArticle", node.get("@type"));
        assertEquals("Line one\nline two", node.get("headline"));
        assertEquals("2020-01-02", node.get("datePublished"));
        assertEquals(12L, node.get("wordCount"));
        assertEquals("A Él", ((Map<?, ?>) ((List<?>) node.get("author")).get(0)).get("name"));
    }

    @Test
    void neverThrowsOnBrokenInput() {
        for (String s : List.of("", "{", "[", "{\"a\":", "{\"a\": [1, 2", "}}}]]]", "{\"a\": \"\\u12\"}", "null",
                "{".repeat(10_000), "{\"a\":tru}", "\"unterminated")) {
            JsonLdReader.read(s);
        }
        assertTrue(JsonLdReader.read(null).isEmpty());
    }

    @Test
    void findsArticleInGraphAndResolvesAuthorById() {
        JsonLdArticle a = JsonLdArticle.from(List.of("""
                {"@graph":[{"@type":"WebSite","name":"Site"},
                 {"@type":["Article"],"headline":"Big news","datePublished":"2023-11-08T18:38:11+00:00",
                  "author":{"@id":"https://x/#/person/1"}},
                 {"@type":"Person","@id":"https://x/#/person/1","name":"Tatyana Turner"}]}"""));
        assertEquals("Big news", a.headline);
        assertEquals(List.of("Tatyana Turner"), a.persons);
    }
}
