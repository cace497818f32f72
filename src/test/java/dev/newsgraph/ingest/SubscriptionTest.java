package dev.newsgraph.ingest;

import static dev.newsgraph.GraphQL.ingest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.TestDocuments;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** articleIngested over graphql-transport-ws pushes each ingested article to the subscriber. */
@QuarkusTest
class SubscriptionTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void subscriberReceivesTheIngestedArticle() throws Exception {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .connectTimeout(Duration.ofSeconds(10)).buildAsync(ws, new Collector(messages)).get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"type\":\"connection_init\"}", true).get(5, TimeUnit.SECONDS);
            assertEquals("connection_ack", JsonPath.from(next(messages)).getString("type"));
            socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                    + "\"subscription { articleIngested { id title url } }\"}}", true).get(5, TimeUnit.SECONDS);
            Thread.sleep(300); // let the subscription register before the event it waits for

            String title = "Subscribers hear of " + TestDocuments.uniqueWord();
            Map<String, Object> document = TestDocuments.article(null, title, "May 1, 2019", "Body.");
            String id = ingest(document);

            JsonPath message = JsonPath.from(next(messages));
            assertEquals("next", message.getString("type"), message.prettify());
            assertEquals("1", message.getString("id"));
            assertEquals(id, message.getString("payload.data.articleIngested.id"));
            assertEquals(title, message.getString("payload.data.articleIngested.title"));
            assertEquals(document.get("url"), message.getString("payload.data.articleIngested.url"));
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    private static String next(BlockingQueue<String> messages) throws InterruptedException {
        String message = messages.poll(15, TimeUnit.SECONDS);
        assertTrue(message != null, "no message within 15 s");
        return message;
    }

    private record Collector(BlockingQueue<String> messages) implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            messages.add(data.toString());
            webSocket.request(1);
            return null;
        }
    }
}
