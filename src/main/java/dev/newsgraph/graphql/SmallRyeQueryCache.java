package dev.newsgraph.graphql;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * SmallRye's own parsed-query cache, reached through each request's SmallRye context. SmallRye looks the query up
 * in that cache before graphql-java runs, and fills it from the validation step of the instrumentation chain;
 * {@link GraphQLSetup} replaces that chain, so this puts the cache back into it. (With a second, separate cache
 * every request was parsed again for SmallRye's lookup.)
 */
final class SmallRyeQueryCache extends SimplePerformantInstrumentation implements PreparsedDocumentProvider {

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        QueryCache cache = cacheOf(input);
        return cache == null ? CompletableFuture.completedFuture(parseAndValidate.apply(input))
                : cache.getDocumentAsync(input, parseAndValidate);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        QueryCache cache = cacheOf(parameters.getExecutionInput());
        return cache == null ? super.beginValidation(parameters, state) : cache.beginValidation(parameters, state);
    }

    private static QueryCache cacheOf(ExecutionInput input) {
        return input.getGraphQLContext().get(SmallRyeContextManager.CONTEXT) instanceof SmallRyeContext context
                ? context.getQueryCache() : null;
    }
}
