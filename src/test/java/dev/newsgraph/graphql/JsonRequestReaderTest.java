package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonRequestReaderTest {

    private static JsonObject read(String body) {
        return JsonRequestReader.read(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rawLineBreaksAndTabsAreSpacesEvenInsideStrings() {
        JsonObject body = read("{\n\t\"query\": \"{\r\n\tarticles { id }\n}\"\r\n}");
        assertEquals("{   articles { id } }", body.getString("query")); // each of \r \n \t became one space
    }

    @Test
    void escapedLineBreaksStayLineBreaks() {
        JsonObject body = read("{\"variables\": {\"input\": {\"content\": \"<p>a</p>\\n\\t<p>ü € 😀</p>\"}}}");
        assertEquals("<p>a</p>\n\t<p>ü € 😀</p>",
                body.getJsonObject("variables").getJsonObject("input").getString("content"));
    }

    @Test
    void valuesKeepTheirJsonTypesAndNumbersAreDecimals() {
        JsonObject vars = read("{\"variables\": {\"n\": 20, \"x\": 1.5e2, \"ok\": true, \"no\": false, \"none\": null,"
                + " \"list\": [1, \"a\", [], {}]}}").getJsonObject("variables");
        assertEquals(new BigDecimal("20"), vars.getJsonNumber("n").bigDecimalValue());
        assertEquals(0, new BigDecimal("150").compareTo(vars.getJsonNumber("x").bigDecimalValue()));
        assertEquals(JsonValue.TRUE, vars.get("ok"));
        assertEquals(JsonValue.FALSE, vars.get("no"));
        assertEquals(JsonValue.NULL, vars.get("none"));
        assertEquals(4, vars.getJsonArray("list").size());
        assertEquals(1, ((JsonNumber) vars.getJsonArray("list").get(0)).intValue());
        assertEquals(JsonValue.ValueType.OBJECT, vars.getJsonArray("list").get(3).getValueType());
    }

    @Test
    void theLastOfDuplicateKeysWins() {
        assertEquals("b", read("{\"query\": \"a\", \"query\": \"b\"}").getString("query"));
    }

    @Test
    void anythingButExactlyOneObjectIsLeftToSmallRye() {
        assertNull(read("[]"));
        assertNull(read("\"query\""));
        assertNull(read("{\"query\": \"a\"} {}"));
        assertNull(read("{\"query\": \"a\""));
        assertNull(read("{'query': 'a'}"));
        assertNull(read("{\"query\": \"a\u0001\"}"));
        assertNull(JsonRequestReader.read(new byte[] {'{', '"', 'q', '"', ':', '"', (byte) 0xC3, '"', '}'}));
    }
}
