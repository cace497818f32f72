package dev.newsgraph.graphql;

import dev.newsgraph.ingest.DocumentInputBinding;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/** Installs the query limits and error codes when SmallRye builds its GraphQL engine. */
@ApplicationScoped
public class GraphQLSetup {

    @Inject
    QueryLimitsConfig limits;

    GraphQL.Builder customize(@Observes GraphQL.Builder builder) {
        // Setting the instrumentation replaces SmallRye's chain, whose only member here is its parsed-query cache:
        // SmallRyeQueryCache puts that cache back.
        SmallRyeQueryCache cache = new SmallRyeQueryCache();
        return builder.preparsedDocumentProvider(cache).instrumentation(new ChainedInstrumentation(List.of(
                new QueryLimits.Depth(limits.maxDepth()), new QueryLimits.Complexity(limits.maxComplexity()), cache,
                new ErrorCodes(), new DocumentInputBinding())));
    }
}
