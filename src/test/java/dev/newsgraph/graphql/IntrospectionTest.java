package dev.newsgraph.graphql;

import static dev.newsgraph.GraphQL.post;
import static dev.newsgraph.GraphQL.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The introspection queries GraphQL tools send pass the query limits; abusive queries are still refused. */
@QuarkusTest
class IntrospectionTest {

    @ParameterizedTest
    @ValueSource(strings = { "default", "no-descriptions", "specified-by-url", "directive-is-repeatable",
            "all-options" })
    void graphqlJsIntrospectionQueryIsAnswered(String variant) {
        String query = resource("/introspection/introspection-" + variant + ".graphql");
        ExtractableResponse<Response> response = post(query, null).extract();
        JsonPath json = response.jsonPath();
        assertNull(json.get("errors"), json.prettify());
        assertEquals("Query", json.getString("data.__schema.queryType.name"));
        assertEquals("Mutation", json.getString("data.__schema.mutationType.name"));
        assertEquals("Subscription", json.getString("data.__schema.subscriptionType.name"));
        List<String> types = json.getList("data.__schema.types.name", String.class);
        assertTrue(types.containsAll(List.of("Article", "PageInfo", "DocumentInput", "QuoteKind", "Date")), types.toString());
        assertFalse(types.contains("BigDecimal") || types.contains("BigInteger"), types.toString());
        List<String> directives = json.getList("data.__schema.directives.name", String.class);
        assertTrue(directives.containsAll(List.of("include", "skip", "deprecated")), directives.toString());
        assertFalse(directives.contains("constraint"), directives.toString());
        if (!variant.equals("no-descriptions")) {
            assertTrue(json.getString("data.__schema.types.find { it.name == 'PageInfo' }.description")
                    .contains("Relay"));
        }
        System.out.printf("introspection %s: %d bytes%n", variant, response.asByteArray().length);
    }

    @Test
    void abusiveQueriesAreStillRefused() {
        String deep = "{ articles { nodes { persons { person { articles { nodes { persons { person { articles { nodes {"
                + " persons { person { name } } } } } } } } } } } } }";
        JsonPath json = post(deep, null).extract().jsonPath();
        assertEquals("QUERY_TOO_COMPLEX", json.getString("errors[0].extensions.code"), json.prettify());
        // Introspection selections do not count, but the data query beside them still does.
        JsonPath mixed = post("{ __schema { types { name } } " + deep.substring(1), null).extract().jsonPath();
        assertEquals("QUERY_TOO_COMPLEX", mixed.getString("errors[0].extensions.code"), mixed.prettify());
        // Introspection that is not asked in good faith (fields of fields of fields ...) is refused as well.
        JsonPath nested = post("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }", null)
                .extract().jsonPath();
        assertEquals("QUERY_TOO_COMPLEX", nested.getString("errors[0].extensions.code"), nested.prettify());
    }

    @Test
    void typenameNeedsNoIntrospection() {
        assertEquals("Query", post("{ __typename }", null).extract().jsonPath().getString("data.__typename"));
    }
}
