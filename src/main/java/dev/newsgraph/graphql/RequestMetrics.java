package dev.newsgraph.graphql;

import graphql.ExceptionWhileDataFetching;
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
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.ErrorCode;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Times each GraphQL request by operation type ({@code newsgraph_graphql_requests_seconds{operation,outcome}}) and
 * counts refusals by their error code ({@code newsgraph_refusals_total{code}}). Runs after {@link ErrorCodes}, so
 * every error it sees carries its final code.
 */
@RegisterForReflection(targets = { BadUserInputException.class, DocumentTooLargeException.class,
        UnparseableDocumentError.class, BatchTooLargeException.class, UnauthenticatedException.class,
        ForbiddenException.class, NotFoundException.class }) // codeOf reads their @ErrorCode, in native mode too
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
            registry.counter("newsgraph.refusals", "code", codeOf(error)).increment();
        }
        if (state instanceof Request request) {
            Timer.builder("newsgraph.graphql.requests").description("GraphQL requests by operation type")
                    .tag("operation", request.operation).tag("outcome", result.getErrors().isEmpty() ? "ok" : "error")
                    .publishPercentileHistogram().register(registry)
                    .record(System.nanoTime() - request.startNanos, TimeUnit.NANOSECONDS);
        }
        return CompletableFuture.completedFuture(result);
    }

    /** SmallRye adds the code of an exception's @ErrorCode only when it writes the response, so read it here. */
    private static String codeOf(GraphQLError error) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code != null) {
            return code.toString();
        }
        if (error instanceof ExceptionWhileDataFetching fetching && fetching.getException() != null) {
            ErrorCode annotated = fetching.getException().getClass().getAnnotation(ErrorCode.class);
            if (annotated != null) {
                return annotated.value();
            }
        }
        return "UNKNOWN";
    }
}
