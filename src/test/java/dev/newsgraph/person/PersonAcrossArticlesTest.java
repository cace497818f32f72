package dev.newsgraph.person;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.document;
import static dev.newsgraph.GraphQL.ingest;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.resource;
import static dev.newsgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Three real pages (ingested once for the class) that name Donald Trump: one Person row, reachable from each article and listing them all. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonAcrossArticlesTest {

    private static final Map<String, String> PAGES = Map.of(
            "82b6d780c792df78dcfb00484d50c86fbc7f324a9eb5835b7615f028edb9a574",
            "https://hosted.ap.org/berkshireeagle/article/6486944b076b4df99a583a3a7c85574d/unpredictable-sondland-faces-questions-about-trump-ukraine",
            "c90731f051d033e49e4cfcc920895051bbc3b54ef1a11519abcf22a115c3aa79",
            "https://www.deccanherald.com/international/impeachment-sham-completely-debunked-white-house-777897.html",
            "a6968f427cdb786531cfb326518e674bd8b48af94df7c5c6165cdf40e944357a",
            "https://www.ctpost.com/news/article/Deval-Patrick-takes-nascent-2020-campaign-to-14847854.php");

    private final Set<String> articleIds = new HashSet<>();
    private String trumpId;

    @BeforeEach
    void ingestThePagesOnce() {
        if (trumpId != null) {
            return;
        }
        PAGES.forEach((id, url) -> articleIds.add(ingest(document(url, resource("/pages/" + id + ".html"), "HTML", null))));
        JsonPath found = data(post("""
                { persons(search: "donald trump", first: 10) { totalCount nodes { id name aliases } } }""", null));
        List<Map<String, Object>> nodes = found.getList("data.persons.nodes");
        assertEquals(1, nodes.size(), "one person row for one person: " + nodes);
        assertEquals("Donald Trump", nodes.get(0).get("name"));
        trumpId = (String) nodes.get(0).get("id");
    }

    @Test
    void personListsEveryArticleThatNamesThem() {
        JsonPath got = data(post("""
                query($id: ID!) { person(id: $id) { name articles(first: 10) { totalCount nodes { id } } } }""",
                vars("id", trumpId)));
        assertEquals(3, got.getInt("data.person.articles.totalCount"));
        assertEquals(articleIds, new HashSet<>(got.getList("data.person.articles.nodes.id", String.class)));
    }

    @Test
    void eachArticleLinksToTheSamePersonRow() {
        for (String articleId : articleIds) {
            JsonPath got = data(post("""
                    query($id: ID!) { article(id: $id) { persons { mentions roles person { id name } } } }""",
                    vars("id", articleId)));
            List<Map<String, Object>> mentions = got.getList("data.article.persons");
            Map<String, Object> trump = mentions.stream()
                    .filter(m -> "Donald Trump".equals(((Map<?, ?>) m.get("person")).get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError("article " + articleId + " lost Donald Trump: " + mentions));
            assertEquals(trumpId, ((Map<?, ?>) trump.get("person")).get("id"));
            assertTrue((Integer) trump.get("mentions") >= 1);
            assertFalse(mentions.stream().anyMatch(m -> "Washington".equals(((Map<?, ?>) m.get("person")).get("name"))),
                    "a place is not a person");
        }
    }

    @Test
    void quotesFilteredBySpeakerAreTheSpeakersAndMatchPersonQuotes() {
        JsonPath byFilter = data(post("""
                query($id: ID!) { quotes(filter: {speakerId: $id}, first: 50) {
                  totalCount nodes { id text kind speakerName speaker { id } article { id } } } }""",
                vars("id", trumpId)));
        List<Map<String, Object>> quotes = byFilter.getList("data.quotes.nodes");
        assertFalse(quotes.isEmpty(), "Trump is quoted in these articles");
        for (Map<String, Object> q : quotes) {
            assertEquals(trumpId, ((Map<?, ?>) q.get("speaker")).get("id"));
            assertTrue(articleIds.contains(((Map<?, ?>) q.get("article")).get("id")));
        }
        assertTrue(quotes.stream().anyMatch(q -> ((String) q.get("text")).startsWith("A great day for Republicans")),
                quotes.toString());
        JsonPath viaPerson = data(post("""
                query($id: ID!) { person(id: $id) { quotes(first: 50) { totalCount nodes { id } } } }""",
                vars("id", trumpId)));
        assertEquals(byFilter.getList("data.quotes.nodes.id"), viaPerson.getList("data.person.quotes.nodes.id"));
    }

    @Test
    void personSearchMatchesPartsOfNamesAndPagesByName() {
        JsonPath got = data(post("""
                { persons(search: "TRUMP", first: 100) { nodes { name } } }""", null));
        assertTrue(got.getList("data.persons.nodes.name", String.class).contains("Donald Trump"));
        JsonPath none = data(post("""
                { persons(search: "no such person anywhere", first: 5) { totalCount nodes { id } } }""", null));
        assertEquals(0, none.getInt("data.persons.totalCount"));
        JsonPath first = data(post("{ persons(first: 2) { nodes { name } pageInfo { endCursor hasNextPage } } }", null));
        String after = first.getString("data.persons.pageInfo.endCursor");
        JsonPath second = data(post("query($a: String) { persons(first: 2, after: $a) { nodes { name } } }",
                vars("a", after)));
        List<String> names = new java.util.ArrayList<>(first.getList("data.persons.nodes.name", String.class));
        names.addAll(second.getList("data.persons.nodes.name", String.class));
        List<String> sorted = names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        assertEquals(sorted, names, "persons are listed A to Z across pages");
    }
}
