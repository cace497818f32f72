package dev.newsgraph.security;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.ingest;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.postWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.TestDocuments;
import dev.newsgraph.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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

/** With newsgraph.security.reads-require-token, queries and subscriptions need a valid token (any group). */
@QuarkusTest
@TestProfile(ReadsRequireTokenTest.ReadsNeedToken.class)
class ReadsRequireTokenTest {

    private static final String QUERY = "query { articles(first: 1) { totalCount } }";

    public static class ReadsNeedToken implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.security.reads-require-token", "true");
        }
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void queriesNeedAValidToken() {
        JsonPath refused = post(QUERY, null).extract().jsonPath();
        assertEquals("UNAUTHENTICATED", refused.getString("errors[0].extensions.code"), refused.prettify());
        assertNull(refused.get("data.articles"));
        assertEquals("UNAUTHENTICATED", postWith("Bearer " + TestTokens.expired(), QUERY, null).extract().jsonPath()
                .getString("errors[0].extensions.code"));
        assertTrue(data(postWith("Bearer " + TestTokens.reader(), QUERY, null)).getInt("data.articles.totalCount") >= 0);
    }

    @Test
    void subscriptionsCarryTheTokenInConnectionInit() throws Exception {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocket socket = connect(messages);
        try {
            socket.sendText("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer "
                    + TestTokens.reader() + "\"}}", true).get(5, TimeUnit.SECONDS);
            assertEquals("connection_ack", JsonPath.from(next(messages)).getString("type"));
            socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                    + "\"subscription { articleIngested { id } }\"}}", true).get(5, TimeUnit.SECONDS);
            Thread.sleep(300);
            String id = ingest(TestDocuments.article(null, "Token holders hear of it", "May 1, 2019", "Body."));
            JsonPath message = JsonPath.from(next(messages));
            assertEquals("next", message.getString("type"), message.prettify());
            assertEquals(id, message.getString("payload.data.articleIngested.id"));
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Test
    void subscriptionsWithoutATokenAreRefused() throws Exception {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocket socket = connect(messages);
        try {
            socket.sendText("{\"type\":\"connection_init\"}", true).get(5, TimeUnit.SECONDS);
            assertEquals("connection_ack", JsonPath.from(next(messages)).getString("type"));
            socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                    + "\"subscription { articleIngested { id } }\"}}", true).get(5, TimeUnit.SECONDS);
            JsonPath message = JsonPath.from(next(messages));
            assertEquals("error", message.getString("type"), message.prettify());
            assertEquals("UNAUTHENTICATED", message.getString("payload[0].extensions.code"), message.prettify());
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    private WebSocket connect(BlockingQueue<String> messages) throws Exception {
        URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        return HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .connectTimeout(Duration.ofSeconds(10)).buildAsync(ws, new Collector(messages)).get(10, TimeUnit.SECONDS);
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
