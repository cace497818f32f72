package dev.newsgraph.graphql;

import dev.newsgraph.ingest.DocumentInputBinding;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.Introspection;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/** Installs query limits, argument checks, error codes and request metrics when SmallRye builds its engine. */
@ApplicationScoped
public class GraphQLSetup {

    @Inject
    QueryLimitsConfig limits;

    @Inject
    MeterRegistry registry;

    GraphQL.Builder customize(@Observes GraphQL.Builder builder) {
        // Setting the instrumentation replaces SmallRye's chain, whose only member here is its parsed-query cache:
        // SmallRyeQueryCache puts that cache back.
        SmallRyeQueryCache cache = new SmallRyeQueryCache();
        return builder.preparsedDocumentProvider(cache).instrumentation(new LeanInstrumentation(instrumentations(
                limits.introspectionEnabled(), limits.maxDepth(), limits.maxComplexity(), cache, registry)));
    }

    /** LightFields first: it swaps fetchers the others then see (they wrap only fields with arguments). */
    static List<Instrumentation> instrumentations(boolean introspection, int maxDepth, int maxComplexity,
            SmallRyeQueryCache cache, MeterRegistry registry) {
        return List.of(new LightFields(), new IntrospectionSwitch(introspection),
                new QueryLimits.Limits(maxDepth, maxComplexity), cache, new ArgumentCheck(), new ErrorCodes(),
                new RequestMetrics(registry), new DocumentInputBinding());
    }

    /** Turns introspection ({@code __schema}, {@code __type}) off when the operator says so; {@code __typename} stays. */
    static final class IntrospectionSwitch extends SimplePerformantInstrumentation {

        private final boolean enabled;

        IntrospectionSwitch(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                InstrumentationState state) {
            if (!enabled) {
                input.getGraphQLContext().put(Introspection.INTROSPECTION_DISABLED, true);
            }
            return input;
        }
    }
}
