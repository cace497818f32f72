package dev.newsgraph.story;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.ingest;
import static dev.newsgraph.GraphQL.mutate;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.vars;
import static dev.newsgraph.story.StoriesTest.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsgraph.TestDocuments;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** deleteArticle and reprocessArticles keep stories and copies as if the change had always been so. */
@QuarkusTest
class StoryChangesTest {

    @Test
    void deletingTheOnlyLinkBetweenTwoReportsSplitsTheirStory() {
        StoryTexts left = new StoryTexts();
        StoryTexts right = new StoryTexts();
        String a = ingest(StoryTexts.doc(TestDocuments.newUrl(), left.headline(),
                "August 3, 2027", left.wire()));
        String c = ingest(StoryTexts.doc(TestDocuments.newUrl(), right.headline(),
                "August 3, 2027", right.wire()));
        assertNotEquals(article(a).getString("story.id"), article(c).getString("story.id"));
        // a round-up that reports both: it joins the two stories into one
        List<String> both = new ArrayList<>(left.wire().subList(0, 2));
        both.addAll(right.wire().subList(0, 2));
        both.addAll(new StoryTexts().unrelated()); // and more of its own: no copy of either
        String roundUp = ingest(StoryTexts.doc(TestDocuments.newUrl(), left.headline() + " " + right.headline(), "August 3, 2027", both));
        String story = article(a).getString("story.id");
        assertEquals(story, article(c).getString("story.id"));
        assertEquals(story, article(roundUp).getString("story.id"), "merged stories keep the older id");
        assertEquals(3, article(a).getInt("story.articleCount"));

        data(mutate("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", roundUp)));
        assertEquals(story, article(a).getString("story.id"), "the first article keeps the story's id");
        assertNotEquals(story, article(c).getString("story.id"));
        assertEquals(1, article(a).getInt("story.articleCount"));
        assertEquals(1, article(c).getInt("story.articleCount"));
    }

    @Test
    void deletingTheFirstOfSeveralCopiesMakesTheNextOneTheFirst() {
        StoryTexts event = new StoryTexts();
        String first = ingest(StoryTexts.doc(TestDocuments.newUrl(), event.headline(), "August 10, 2027", event.wire()));
        String second = ingest(StoryTexts.doc(TestDocuments.newUrl(), event.headline(), "August 11, 2027", event.wire()));
        String third = ingest(StoryTexts.doc(TestDocuments.newUrl(), event.headline(), "August 12, 2027", event.wire()));
        assertEquals(first, article(third).getString("copyOf.id"));
        String story = article(first).getString("story.id");

        data(mutate("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", first)));
        assertNull(article(second).get("copyOf"));
        assertEquals(second, article(third).getString("copyOf.id"));
        assertEquals(List.of(third), article(second).getList("copies.id"));
        assertEquals(story, article(second).getString("story.id"));
        assertEquals(2, article(second).getInt("story.articleCount"));

        data(mutate("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", second)));
        data(mutate("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", third)));
        assertNull(data(post("query($id: ID!) { story(id: $id) { id } }", vars("id", story))).get("data.story"),
                "a story without articles is gone");
    }

    @Test
    void reprocessingKeepsStoriesAndFollowsANewText() {
        StoryTexts event = new StoryTexts();
        String url = TestDocuments.newUrl();
        String a = ingest(StoryTexts.doc(url, event.headline(), "September 1, 2027",
                event.wire()));
        String b = ingest(StoryTexts.doc(TestDocuments.newUrl(), event.otherHeadline(),
                "September 1, 2027", event.otherReport()));
        String story = article(a).getString("story.id");
        assertEquals(story, article(b).getString("story.id"));
        assertEquals(2, data(mutate("mutation($ids: [ID!]) { reprocessArticles(ids: $ids) }",
                vars("ids", List.of(a, b)))).getInt("data.reprocessArticles"));
        assertEquals(story, article(a).getString("story.id"));
        assertEquals(story, article(b).getString("story.id"));
        assertEquals(2, article(a).getInt("story.articleCount"));

        // the page at a's url now says something else: a leaves the story, b keeps it
        assertEquals(a, ingest(StoryTexts.doc(url, StoryTexts.otherNews(), "September 1, 2027",
                event.unrelated())));
        assertNotEquals(article(b).getString("story.id"), article(a).getString("story.id"));
        assertEquals(story, article(b).getString("story.id"));
        assertEquals(1, article(b).getInt("story.articleCount"));
    }
}
