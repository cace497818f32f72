package dev.newsgraph.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import java.util.List;
import java.util.Map;

/**
 * Depth and cost limits that refuse a query before it runs, with the API's QUERY_TOO_COMPLEX code. Introspection
 * ({@code __schema}, {@code __type} and what is selected under them) counts for neither: tools send the standard
 * introspection query, deeper than any data query needs to be, and graphql-java's good-faith introspection check
 * already bounds introspection queries (each introspection field at most once or twice, at most 500 fields).
 */
final class QueryLimits {

    /** Selections under a connection are paid for once per requested row. */
    static final FieldComplexityCalculator PAGE_AWARE = (env, childComplexity) -> {
        if (env.getField().getName().startsWith("__") || env.getParentType().getName().startsWith("__")) {
            return 0;
        }
        return 1 + childComplexity * rows(env.getArguments().get("first"));
    };

    private QueryLimits() {
    }

    /** The rows a {@code first} argument may fetch; a value outside 1..100 is refused when the field runs. */
    static int rows(Object first) {
        if (first instanceof Number n) {
            return (int) Math.min(Math.max(1, n.longValue()), PageRequest.MAX_PAGE_SIZE);
        }
        return 1;
    }

    static final class Depth extends SimplePerformantInstrumentation {

        private final int maxDepth;

        Depth(int maxDepth) {
            this.maxDepth = maxDepth;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            ExecutionContext context = parameters.getExecutionContext();
            QueryTraverser traverser = QueryTraverser.newQueryTraverser().schema(context.getGraphQLSchema())
                    .document(context.getDocument()).operationName(context.getExecutionInput().getOperationName())
                    .coercedVariables(context.getCoercedVariables()).build();
            int depth = traverser.reducePreOrder((env, deepest) -> Math.max(depthOf(env), deepest), 0);
            if (depth > maxDepth) {
                throw refusal("The query is " + depth + " levels deep; the limit is " + maxDepth + ".");
            }
            return SimpleInstrumentationContext.noOp();
        }

        /** The field's nesting level, or 0 inside introspection. */
        private static int depthOf(QueryVisitorFieldEnvironment env) {
            int depth = 0;
            for (QueryVisitorFieldEnvironment e = env; e != null; e = e.getParentEnvironment()) {
                if (e.getField().getName().startsWith("__")) {
                    return 0;
                }
                depth++;
            }
            return depth;
        }
    }

    static final class Complexity extends MaxQueryComplexityInstrumentation {

        Complexity(int maxComplexity) {
            super(maxComplexity, PAGE_AWARE);
        }

        @Override
        protected AbortExecutionException mkAbortException(int totalComplexity, int maxComplexity) {
            return refusal("The query costs " + totalComplexity + "; the limit is " + maxComplexity
                    + ". Ask for fewer rows (first) or fewer nested fields.");
        }
    }

    private static AbortExecutionException refusal(String message) {
        GraphQLError error = GraphqlErrorBuilder.newError().message(message)
                .extensions(Map.of("code", ErrorCodes.QUERY_TOO_COMPLEX)).build();
        return new AbortExecutionException(List.of(error));
    }
}
