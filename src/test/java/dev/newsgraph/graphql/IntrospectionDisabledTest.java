package dev.newsgraph.graphql;

import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Operators can turn introspection off; queries and __typename keep working. */
@QuarkusTest
@TestProfile(IntrospectionDisabledTest.Off.class)
class IntrospectionDisabledTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.graphql.introspection-enabled", "false");
        }
    }

    @Test
    void introspectionIsRefusedWithACode() {
        JsonPath json = post(resource("/introspection/introspection-default.graphql"), null).extract().jsonPath();
        assertEquals("GRAPHQL_VALIDATION_FAILED", json.getString("errors[0].extensions.code"), json.prettify());
        JsonPath type = post("{ __type(name: \"Article\") { name } }", null).extract().jsonPath();
        assertEquals("GRAPHQL_VALIDATION_FAILED", type.getString("errors[0].extensions.code"), type.prettify());
    }

    @Test
    void queriesStillWork() {
        JsonPath json = post("{ __typename articles(first: 1) { totalCount } }", null).extract().jsonPath();
        assertNull(json.get("errors"), json.prettify());
        assertEquals("Query", json.getString("data.__typename"));
    }
}
