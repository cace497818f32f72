package dev.newsgraph.graphql;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import graphql.ExecutionResult;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a result without errors or extensions as UTF-8 JSON in one pass with Jackson, byte for byte as SmallRye's
 * ExecutionResponse would (which builds a JSON-P tree of the whole result and then prints it). Anything it would
 * not write the same (errors, extensions, numbers other than whole ones, other value types, some control
 * characters, lone surrogates) returns null, and SmallRye writes the result.
 */
final class ResultJson {

    // Characters past U+FFFF as four UTF-8 bytes, as Parsson writes them, not as an escaped surrogate pair.
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private ResultJson() {
    }

    static byte[] write(ExecutionResult result) {
        if (!result.getErrors().isEmpty() || result.getExtensions() != null || !result.isDataPresent()) {
            return null;
        }
        ByteArrayBuilder bytes = new ByteArrayBuilder(16384);
        try (JsonGenerator out = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeFieldName("data");
            if (!value(out, result.getData())) {
                return null;
            }
            out.writeEndObject();
        } catch (IOException | RuntimeException e) {
            return null; // e.g. a lone surrogate, which SmallRye writes as '?'
        }
        return bytes.toByteArray();
    }

    private static boolean value(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String s) {
            if (!writtenAlike(s)) {
                return false;
            }
            out.writeString(s);
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    return false;
                }
                if (!writtenAlike(key)) {
                    return false;
                }
                out.writeFieldName(key);
                if (!value(out, e.getValue())) {
                    return false;
                }
            }
            out.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                if (!value(out, item)) {
                    return false;
                }
            }
            out.writeEndArray();
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long l) {
            out.writeNumber(l);
        } else if (value instanceof Enum<?> e) {
            out.writeString(e.name());
        } else {
            return false;
        }
        return true;
    }

    /**
     * False for what the two write differently: control characters other than \b \f \n \r \t (Jackson
     * {@code \u001F}, Parsson {@code \u001f}) and a lone surrogate (Jackson escapes it, SmallRye's UTF-8 encoding
     * turns it into '?').
     */
    private static boolean writtenAlike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\b' && c != '\f' && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
