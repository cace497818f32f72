package dev.newsgraph.graphql;

import graphql.Directives;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.Introspection;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.QueryCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** Installs the query limits, argument checks and error codes when SmallRye builds its GraphQL engine. */
@ApplicationScoped
public class GraphQLSetup {

    @Inject
    QueryLimitsConfig limits;

    GraphQL.Builder customize(@Observes GraphQL.Builder builder) {
        // Setting the instrumentation replaces SmallRye's chain, whose only member here is its parsed-query cache.
        QueryCache cache = new QueryCache();
        return builder.preparsedDocumentProvider(cache).instrumentation(new ChainedInstrumentation(List.of(
                new IntrospectionSwitch(limits.introspectionEnabled()), new QueryLimits.Depth(limits.maxDepth()),
                new QueryLimits.Complexity(limits.maxComplexity()), cache, new ArgumentCheck(), new ErrorCodes())));
    }

    /**
     * SmallRye declares {@code @constraint} and {@code @rolesAllowed} in every schema; this API applies neither, and
     * their arguments would bring in the BigInteger and BigDecimal scalars that no field uses.
     */
    GraphQLSchema.Builder withoutUnusedDirectives(@Observes GraphQLSchema.Builder builder) {
        return builder.clearDirectives().additionalDirectives(Set.of(Directives.IncludeDirective,
                Directives.SkipDirective, Directives.DeprecatedDirective, Directives.SpecifiedByDirective,
                Directives.OneOfDirective, Directives.DeferDirective,
                Directives.ExperimentalDisableErrorPropagationDirective));
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
