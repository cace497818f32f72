package dev.newsgraph.graphql;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;

/**
 * Reads a GraphQL-over-HTTP JSON body (UTF-8 bytes) into the {@link JsonObject} SmallRye's ExecutionService takes,
 * with the result SmallRye's own handler would get: raw line feeds, carriage returns and tabs count as spaces
 * (so queries pasted from text blocks work), numbers become BigDecimal values, the last of duplicate keys wins.
 * Unlike that handler it works on the bytes with a streaming parser: no regex pass, no intermediate String
 * of the body, one copy of each string value.
 */
final class JsonRequestReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            // The HTTP body limit bounds strings; the default 20M-char cap would only differ above it.
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private JsonRequestReader() {
    }

    /** The body's top-level object, or null when the body is not exactly one JSON object. */
    static JsonObject read(byte[] body) {
        blankRawWhitespace(body);
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonObject object = object(parser);
            return parser.nextToken() == null ? object : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Replaces raw \n, \r and \t by spaces, in place. In UTF-8 these bytes never occur inside a multi-byte
     * character, so this is exactly what replacing the characters in the decoded text does.
     */
    static void blankRawWhitespace(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (b == '\n' || b == '\r' || b == '\t') {
                body[i] = ' ';
            }
        }
    }

    private static JsonObject object(JsonParser parser) throws IOException {
        JsonObjectBuilder object = jsonProvider().createObjectBuilder();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            object.add(name, value(parser, parser.nextToken()));
        }
        return object.build();
    }

    private static JsonValue value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> {
                JsonArrayBuilder array = jsonProvider().createArrayBuilder();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                yield array.build();
            }
            case VALUE_STRING -> jsonProvider().createValue(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> jsonProvider().createValue(parser.getDecimalValue());
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new IOException("Unexpected JSON token " + token);
        };
    }
}
