package dev.newsgraph.security;

import static dev.newsgraph.GraphQL.data;
import static dev.newsgraph.GraphQL.ingest;
import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.postWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.TestDocuments;
import dev.newsgraph.testing.GraphQLSocket;
import dev.newsgraph.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.Map;
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
        GraphQLSocket socket = new GraphQLSocket(graphql);
        try {
            socket.send("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer "
                    + TestTokens.reader() + "\"}}");
            assertEquals("connection_ack", JsonPath.from(socket.next()).getString("type"));
            socket.send("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                    + "\"subscription { articleIngested { id } }\"}}");
            Thread.sleep(300);
            String id = ingest(TestDocuments.article(null, "Token holders hear of it", "May 1, 2019", "Body."));
            JsonPath message = JsonPath.from(socket.next());
            assertEquals("next", message.getString("type"), message.prettify());
            assertEquals(id, message.getString("payload.data.articleIngested.id"));
        } finally {
            socket.close();
        }
    }

    @Test
    void subscriptionsWithoutATokenAreRefused() throws Exception {
        GraphQLSocket socket = new GraphQLSocket(graphql);
        try {
            socket.send("{\"type\":\"connection_init\"}");
            assertEquals("connection_ack", JsonPath.from(socket.next()).getString("type"));
            socket.send("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                    + "\"subscription { articleIngested { id } }\"}}");
            JsonPath message = JsonPath.from(socket.next());
            assertEquals("error", message.getString("type"), message.prettify());
            assertEquals("UNAUTHENTICATED", message.getString("payload[0].extensions.code"), message.prettify());
        } finally {
            socket.close();
        }
    }
}
