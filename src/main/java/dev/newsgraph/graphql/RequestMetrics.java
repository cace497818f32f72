package dev.newsgraph.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Times each GraphQL request by operation type ({@code newsgraph_graphql_requests_seconds{operation,outcome}}) and
 * counts refusals by their error code ({@code newsgraph_refusals_total{code}}). Runs after {@link ErrorCodes}, so
 * every error it sees carries its final code.
 */
final class RequestMetrics extends SimplePerformantInstrumentation {

    private final MeterRegistry registry;

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    private static final class Request implements InstrumentationState {
        final long startNanos = System.nanoTime();
        volatile String operation = "invalid"; // stays so when the request fails before an operation runs
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Request();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (state instanceof Request request) {
            request.operation = parameters.getExecutionContext().getOperationDefinition().getOperation().name()
                    .toLowerCase(Locale.ROOT);
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        for (GraphQLError error : result.getErrors()) {
            Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
            registry.counter("newsgraph.refusals", "code", code == null ? "NONE" : code.toString()).increment();
        }
        if (state instanceof Request request) {
            Timer.builder("newsgraph.graphql.requests").description("GraphQL requests by operation type")
                    .tag("operation", request.operation).tag("outcome", result.getErrors().isEmpty() ? "ok" : "error")
                    .publishPercentileHistogram().register(registry)
                    .record(System.nanoTime() - request.startNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
        return CompletableFuture.completedFuture(result);
    }
}
