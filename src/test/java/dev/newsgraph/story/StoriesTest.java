package dev.newsgraph.story;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.ingest;
import static dev.newsgraph.GraphQL.mutate;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stories and copies over the API: syndicated copies, other outlets' reports, unrelated news, the listing. */
@QuarkusTest
class StoriesTest {

    static final String ARTICLE = """
            query($id: ID!) { article(id: $id) { id title story { id title articleCount sourceCount
              firstPublishedAt lastPublishedAt } copyOf { id } copies { id } } }""";

    @Test
    void aSyndicatedCopyPointsAtTheFirstAndSharesItsStory() {
        StoryTexts event = new StoryTexts();
        List<String> wire = event.wire();
        String original = ingest(StoryTexts.doc("https://wire.example.com/a/" + event.thing,
                event.headline(), "March 9, 2027", wire));
        // another site: retouched headline, a dateline, a paragraph dropped, an editor's note
        List<String> edited = new ArrayList<>(wire);
        edited.set(0, "PLACEVILLE (Wire) - " + edited.get(0));
        edited.remove(3);
        edited.add("Editor's note: this story was first published by our partners and is republished with permission.");
        String copy = ingest(StoryTexts.doc("https://daily.example.net/news/" + event.thing,
                "UPDATE: " + event.place + " " + event.thing, "March 9, 2027", edited));
        String second = ingest(StoryTexts.doc("https://metro.example.org/x/" + event.thing,
                event.headline(), "March 10, 2027", wire));

        JsonPath first = article(original);
        assertNull(first.get("copyOf"));
        assertEquals(List.of(copy, second), first.getList("copies.id"));
        assertEquals(original, article(copy).getString("copyOf.id"));
        assertEquals(original, article(second).getString("copyOf.id"), "the chain points at the first, not the copy");
        assertEquals(List.of(), article(copy).getList("copies"));
        String story = first.getString("story.id");
        assertEquals(story, article(copy).getString("story.id"));
        assertEquals(story, article(second).getString("story.id"));
        assertEquals(3, article(second).getInt("story.articleCount"));
        assertEquals(3, article(second).getInt("story.sourceCount"));
        assertTrue(article(second).getString("story.firstPublishedAt").startsWith("2027-03-09T00:00"));
        assertTrue(article(second).getString("story.lastPublishedAt").startsWith("2027-03-10T00:00"));
    }

    @Test
    void aCopyDatedEarlierThanTheStoredOnesBecomesTheFirst() {
        StoryTexts event = new StoryTexts();
        String later = ingest(StoryTexts.doc("https://late.example.com/" + event.thing, event.headline(),
                "April 12, 2027", event.wire()));
        String later2 = ingest(StoryTexts.doc("https://later.example.com/" + event.thing, event.headline(),
                "April 13, 2027", event.wire()));
        assertEquals(later, article(later2).getString("copyOf.id"));
        String earliest = ingest(StoryTexts.doc("https://early.example.com/" + event.thing, event.headline(),
                "April 11, 2027", event.wire()));
        assertNull(article(earliest).get("copyOf"));
        assertEquals(earliest, article(later).getString("copyOf.id"));
        assertEquals(earliest, article(later2).getString("copyOf.id"));
        assertEquals(List.of(later, later2), article(earliest).getList("copies.id"));
    }

    @Test
    void otherOutletsReportsAreOneStoryButNoCopiesAndOtherNewsIsAnother() {
        StoryTexts event = new StoryTexts();
        String wire = ingest(StoryTexts.doc("https://wire.example.com/b/" + event.thing,
                event.headline(), "May 4, 2027", event.wire()));
        String own = ingest(StoryTexts.doc("https://gazette.example.org/b/" + event.thing,
                event.otherHeadline(), "May 5, 2027", event.otherReport()));
        String museum = ingest(StoryTexts.doc("https://gazette.example.org/m/" + event.thing,
                StoryTexts.otherNews(), "May 4, 2027", event.unrelated()));

        assertEquals(article(wire).getString("story.id"), article(own).getString("story.id"));
        assertNull(article(own).get("copyOf"));
        assertEquals(List.of(), article(wire).getList("copies"));
        assertNotEquals(article(wire).getString("story.id"), article(museum).getString("story.id"));
        assertEquals(1, article(museum).getInt("story.articleCount"));

        JsonPath story = data(post("""
                query($id: ID!) { story(id: $id) { id title articleCount sourceCount
                  articles(first: 10) { totalCount nodes { id } }
                  persons(first: 3) { mentions articleCount person { name } }
                  quotes(first: 5) { totalCount nodes { text article { id } } } } }""",
                vars("id", article(wire).getString("story.id")))).setRootPath("data.story");
        assertEquals(2, story.getInt("articleCount"));
        assertEquals(2, story.getInt("sourceCount"));
        assertEquals(List.of(wire, own), story.getList("articles.nodes.id"), "earliest first");
        assertEquals(2, story.getInt("articles.totalCount"));
        assertEquals("Jane " + capital(event.person), story.getString("persons[0].person.name"));
        assertEquals(2, story.getInt("persons[0].articleCount"));
        assertTrue(story.getInt("persons[0].mentions") >= 4, story.prettify());
        assertTrue(story.getInt("quotes.totalCount") >= 1, story.prettify());
    }

    @Test
    void storiesListsLatestActivityFirstWithFiltersAndPages() {
        StoryTexts event = new StoryTexts();
        ingest(StoryTexts.doc("https://wire.example.com/c/" + event.thing, event.headline(), "June 20, 2027", event.wire()));
        ingest(StoryTexts.doc("https://gazette.example.org/c/" + event.thing, event.otherHeadline(),
                "June 21, 2027", event.otherReport()));
        ingest(StoryTexts.doc("https://gazette.example.org/d/" + event.thing, StoryTexts.otherNews() + " in " + event.place, "June 23, 2027", event.unrelated()));

        String list = """
                query($f: StoryFilter, $after: String) { stories(filter: $f, first: 1, after: $after) {
                  totalCount pageInfo { hasNextPage endCursor } nodes { title articleCount
                  articles(first: 5) { nodes { source url } } persons(first: 2) { person { name } } } } }""";
        JsonPath page1 = data(post(list, vars("f", Map.of("search", event.place)))).setRootPath("data.stories");
        assertEquals(2, page1.getInt("totalCount"));
        assertEquals(1, page1.getInt("nodes[0].articleCount"), "the museum story is the latest");
        assertTrue(page1.getBoolean("pageInfo.hasNextPage"));
        JsonPath page2 = data(post(list, vars("f", Map.of("search", event.place), "after",
                page1.getString("pageInfo.endCursor")))).setRootPath("data.stories");
        assertEquals(2, page2.getInt("nodes[0].articleCount"));
        assertEquals(false, page2.getBoolean("pageInfo.hasNextPage"));
        assertEquals(2, page2.getList("nodes[0].articles.nodes").size());

        assertEquals(1, data(post(list, vars("f", Map.of("search", event.place, "minArticles", 2))))
                .getInt("data.stories.totalCount"));
        assertEquals(1, data(post(list, vars("f", Map.of("search", event.place, "to", "2027-06-22"))))
                .getInt("data.stories.totalCount"));
        assertEquals(1, data(post(list, vars("f", Map.of("search", event.place, "from", "2027-06-22"))))
                .getInt("data.stories.totalCount"));
        String person = data(post("query($s: String) { persons(search: $s) { nodes { id } } }",
                vars("s", event.person))).getString("data.persons.nodes[0].id");
        assertEquals(2, data(post(list, vars("f", Map.of("personId", person))))
                .getInt("data.stories.nodes[0].articleCount"));
    }

    @Test
    void recomputingPlacesEveryArticleAgain() {
        StoryTexts event = new StoryTexts();
        String a = ingest(StoryTexts.doc("https://wire.example.com/e/" + event.thing, event.headline(), "July 7, 2027", event.wire()));
        String b = ingest(StoryTexts.doc("https://gazette.example.org/e/" + event.thing, event.otherHeadline(), "July 7, 2027", event.otherReport()));
        int articles = data(post("{ articles(first: 1) { totalCount } }", null)).getInt("data.articles.totalCount");
        int placed = data(mutate("mutation { recomputeStories }", null)).getInt("data.recomputeStories");
        assertTrue(placed >= articles, placed + " placed of " + articles);
        assertEquals(article(a).getString("story.id"), article(b).getString("story.id"));
        assertEquals(2, article(a).getInt("story.articleCount"));
    }

    static JsonPath article(String id) {
        return data(post(ARTICLE, vars("id", id))).setRootPath("data.article");
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
