package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQL.ingest;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.TestDocuments;
import dev.newsgraph.testing.GraphQLSocket;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** articleIngested over graphql-transport-ws pushes each ingested article to the subscriber. */
@QuarkusTest
class SubscriptionTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void subscriberReceivesTheIngestedArticle() throws Exception {
        GraphQLSocket socket = new GraphQLSocket(graphql);
        try {
            socket.send("{\"type\":\"connection_init\"}");
            assertEquals("connection_ack", JsonPath.from(socket.next()).getString("type"));
            socket.send("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                    + "\"subscription { articleIngested { id title url } }\"}}");
            Thread.sleep(300); // let the subscription register before the event it waits for

            String title = "Subscribers hear of " + TestDocuments.uniqueWord();
            Map<String, Object> document = TestDocuments.article(null, title, "May 1, 2019", "Body.");
            String id = ingest(document);

            JsonPath message = JsonPath.from(socket.next());
            assertEquals("next", message.getString("type"), message.prettify());
            assertEquals("1", message.getString("id"));
            assertEquals(id, message.getString("payload.data.articleIngested.id"));
            assertEquals(title, message.getString("payload.data.articleIngested.title"));
            assertEquals(document.get("url"), message.getString("payload.data.articleIngested.url"));
        } finally {
            socket.close();
        }
    }
}
