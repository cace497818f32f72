package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.execution.ExecutionResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ResultJson writes the same bytes as SmallRye's ExecutionResponse, or leaves the result to it. */
class ResultJsonTest {

    @Test
    void writesWhatSmallRyeWrites() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", "12");
        node.put("title", "Quotes \" and \\ back\\slash, tab\tnew\nline, é, ü, – dash, 😀 and 中文 / slash \u2028");
        node.put("count", 42);
        node.put("big", 9_000_000_000L);
        node.put("flag", true);
        node.put("none", null);
        node.put("kind", Thread.State.NEW);
        node.put("list", Arrays.asList("a", null, "\b\f\r"));
        Map<String, Object> data = Map.of("articles", Map.of("nodes", List.of(node, Map.of())));
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().data(data).build();
        byte[] ours = ResultJson.write(result);
        assertNotNull(ours);
        assertEquals(new ExecutionResponse(result).getExecutionResultAsString(), new String(ours, StandardCharsets.UTF_8));
    }

    @Test
    void leavesToSmallRyeWhatItWouldNotWriteTheSame() {
        assertNull(ResultJson.write(ExecutionResultImpl.newExecutionResult().data(Map.of("a", "x"))
                .addError(GraphqlErrorBuilder.newError().message("no").build()).build()));
        assertNull(ResultJson.write(ExecutionResultImpl.newExecutionResult().data(Map.of("a", 1.5)).build()));
        assertNull(ResultJson.write(ExecutionResultImpl.newExecutionResult().data(Map.of("a", "bell \u0007")).build()));
        assertNull(ResultJson.write(ExecutionResultImpl.newExecutionResult().data(Map.of("a", "lone \ud83d")).build()));
        assertNull(ResultJson.write(ExecutionResultImpl.newExecutionResult().data(Map.of("a", "x"))
                .extensions(Map.of("cost", 1)).build()));
    }
}
