package dev.newsgraph.story;

import static dev.newsgraph.GraphQL.ingest;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.TestDocuments;
import dev.newsgraph.testing.GraphQLSocket;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** storyUpdated over graphql-transport-ws: a story as it is created, and again as it gains an article. */
@QuarkusTest
class StorySubscriptionTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void subscriberHearsOfANewStoryAndOfItsNextArticle() throws Exception {
        GraphQLSocket socket = new GraphQLSocket(graphql);
        try {
            socket.send("{\"type\":\"connection_init\"}");
            assertEquals("connection_ack", JsonPath.from(socket.next()).getString("type"));
            socket.send("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                    + "\"subscription { storyUpdated { id title articleCount sourceCount } }\"}}");
            Thread.sleep(300); // let the subscription register before the event it waits for

            StoryTexts event = new StoryTexts();
            ingest(StoryTexts.doc(TestDocuments.newUrl(), event.headline(), "November 2, 2027",
                    event.wire()));
            JsonPath created = JsonPath.from(next(socket, event.headline()));
            String story = created.getString("payload.data.storyUpdated.id");
            assertEquals(1, created.getInt("payload.data.storyUpdated.articleCount"));
            assertEquals(event.headline(), created.getString("payload.data.storyUpdated.title"));

            ingest(StoryTexts.doc(TestDocuments.newUrl(), event.otherHeadline(), "November 2, 2027",
                    event.otherReport()));
            JsonPath grown = JsonPath.from(next(socket, event.headline()));
            assertEquals(story, grown.getString("payload.data.storyUpdated.id"));
            assertEquals(2, grown.getInt("payload.data.storyUpdated.articleCount"));
        } finally {
            socket.close();
        }
    }

    /** The next message about the story with this title (other tests' stories may come first). */
    private static String next(GraphQLSocket socket, String title) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            String message = socket.next();
            JsonPath json = JsonPath.from(message);
            if ("ping".equals(json.getString("type"))) {
                continue;
            }
            assertEquals("next", json.getString("type"), message);
            if (title.equals(json.getString("payload.data.storyUpdated.title"))) {
                return message;
            }
        }
        throw new AssertionError("no storyUpdated for " + title + " within 30 s");
    }
}
