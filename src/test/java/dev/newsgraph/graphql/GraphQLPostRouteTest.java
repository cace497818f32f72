package dev.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** POST /graphql answers as SmallRye's own endpoint does, whichever of the two routes takes the request. */
@QuarkusTest
class GraphQLPostRouteTest {

    private static final String PARSE = "query($input: DocumentInput!) { parseDocument(input: $input) { title paragraphs } }";

    @Test
    void queriesWithRawLineBreaksAndTabsWork() {
        given().contentType(ContentType.JSON).body("{\"query\": \"{\n\tparseDocument(input: {content: \\\"<title>T</title>"
                + "<p>Body text here.</p>\\\"}) {\r\n title }\n}\"}").post("/graphql").then().statusCode(200)
                .contentType(startsWith("application/graphql-response+json")).body("data.parseDocument.title", equalTo("T"));
    }

    @Test
    void documentVariablesArriveIntact() {
        String page = "<html><head><title>Ünïcödé “quotes” 😀</title></head><body><article><p>First paragraph, with a"
                + " tab\there and \\\\ a backslash.</p><p>Second “paragraph” 😀.</p></article></body></html>";
        String body = "{\"query\": \"" + PARSE.replace("\"", "\\\"") + "\", \"variables\": {\"input\": {\"content\": \""
                + page.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\", \"format\": \"HTML\"}}}";
        given().contentType("application/json; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/graphql").then().statusCode(200)
                .body("data.parseDocument.title", equalTo("Ünïcödé “quotes” 😀"))
                .body("data.parseDocument.paragraphs", hasSize(2))
                .body("data.parseDocument.paragraphs[0]", equalTo("First paragraph, with a tab here and \\\\ a backslash."));
    }

    @Test
    void unparseableBodiesGetACodedError() {
        given().contentType(ContentType.JSON).body("{\"query\": ").post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", startsWith("The request body is not a JSON object"));
    }

    @Test
    void queriesThatDoNotParseGetACodedError() {
        given().contentType(ContentType.JSON).body("{\"query\": \"{ articles( \"}").post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", startsWith("Invalid syntax"));
    }

    @Test
    void bodiesWithoutAQueryGetACodedError() {
        given().contentType(ContentType.JSON).body("{}").post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", startsWith("Missing 'query' field in the request"));
    }

    @Test
    void unacceptableResponseTypesAreRefused() {
        given().contentType(ContentType.JSON).accept("text/html").body("{\"query\": \"{ __typename }\"}")
                .post("/graphql").then().statusCode(406);
    }

    @Test
    void otherRequestFormsStillWork() {
        given().contentType("application/graphql").body("{ __typename }".getBytes(StandardCharsets.UTF_8))
                .post("/graphql").then().statusCode(200).body("data.__typename", equalTo("Query"));
        given().contentType(ContentType.JSON).queryParam("operationName", "Q")
                .body("{\"query\": \"query Q { __typename }\"}").post("/graphql").then().statusCode(200)
                .body("data.__typename", equalTo("Query"));
        given().accept("application/json").contentType(ContentType.JSON).body("{\"query\": \"{ __typename }\"}")
                .post("/graphql").then().statusCode(200).contentType(startsWith("application/json"))
                .body("data.__typename", equalTo("Query"));
    }
}
