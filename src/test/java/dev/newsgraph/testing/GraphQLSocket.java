package dev.newsgraph.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A graphql-transport-ws client for tests: every text message received lands in a queue. */
public final class GraphQLSocket {

    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    public GraphQLSocket(URI graphql) throws Exception {
        URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .connectTimeout(Duration.ofSeconds(10)).buildAsync(ws, new Collector(messages)).get(10, TimeUnit.SECONDS);
    }

    public void send(String message) throws Exception {
        socket.sendText(message, true).get(5, TimeUnit.SECONDS);
    }

    public String next() throws InterruptedException {
        String message = messages.poll(15, TimeUnit.SECONDS);
        assertTrue(message != null, "no message within 15 s");
        return message;
    }

    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
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
