package dev.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsgraph.parse.DocumentFormat;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentInputBindingTest {

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void bindsEveryField() {
        DocumentInput input = DocumentInputBinding.document(values("url", "https://example.org/a", "content", "<p>x</p>",
                "format", "HTML", "source", "Example", "fetchedAt", "2024-05-01T10:15:30.5+02:00"));
        assertEquals("https://example.org/a", input.url);
        assertEquals("<p>x</p>", input.content);
        assertEquals(DocumentFormat.HTML, input.format);
        assertEquals("Example", input.source);
        assertEquals(OffsetDateTime.parse("2024-05-01T10:15:30.5+02:00"), input.fetchedAt);
    }

    @Test
    void absentKeysKeepTheDefaultsAndNullsAreNull() {
        DocumentInput absent = DocumentInputBinding.document(values("content", "x"));
        assertEquals(DocumentFormat.AUTO, absent.format);
        assertNull(absent.url);
        assertNull(DocumentInputBinding.document(values("content", "x", "format", null)).format);
    }

    @Test
    void leavesToSmallRyeWhatItWouldNotBindTheSameWay() {
        assertNull(DocumentInputBinding.document(values("content", "x", "fetchedAt", "yesterday")));
        assertNull(DocumentInputBinding.document(values("content", "x", "fetchedAt", "2024-05-01T10:15:30")));
        assertNull(DocumentInputBinding.document(values("content", "x", "format", "PDF")));
        assertNull(DocumentInputBinding.document(values("content", "x", "extra", "y")));
        assertNull(DocumentInputBinding.document(values("content", 42)));
    }

    @Test
    void bindsListsWhole() {
        Object bound = DocumentInputBinding.bind(List.of(values("content", "a"), values("content", "b")));
        assertEquals(List.of("a", "b"), ((List<?>) bound).stream().map(d -> ((DocumentInput) d).content).toList());
        assertNull(DocumentInputBinding.bind(List.of(values("content", "a"), values("content", "b", "x", "y"))));
        assertNull(DocumentInputBinding.bind("a string"));
    }
}
