package dev.newsgraph.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
    static int cost(QueryVisitorFieldEnvironment env, int childComplexity) {
        if (env.getField().getName().startsWith("__") || env.getFieldsContainer().getName().startsWith("__")) {
            return 0;
        }
        return 1 + childComplexity * rows(env.getArguments().get("first"));
    }

    private QueryLimits() {
    }

    /** The rows a {@code first} argument may fetch; a value outside 1..100 is refused when the field runs. */
    static int rows(Object first) {
        if (first instanceof Number n) {
            return (int) Math.min(Math.max(1, n.longValue()), PageRequest.MAX_PAGE_SIZE);
        }
        return 1;
    }

    /**
     * Both limits from one pre-order walk of the query. graphql-java's own complexity check walks the query once more
     * and keys its sums by field environment, whose hash takes in the arguments: for {@code parseDocument} and
     * {@code ingestDocuments} that is the whole page, hashed over again on every request. In pre-order a field's
     * environment is the very object its children name as their parent, so the sums here are keyed by identity.
     */
    static final class Limits extends SimplePerformantInstrumentation {

        private final int maxDepth;
        private final int maxComplexity;

        Limits(int maxDepth, int maxComplexity) {
            this.maxDepth = maxDepth;
            this.maxComplexity = maxComplexity;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            ExecutionContext context = parameters.getExecutionContext();
            List<QueryVisitorFieldEnvironment> fields = new ArrayList<>();
            QueryTraverser.newQueryTraverser().schema(context.getGraphQLSchema()).document(context.getDocument())
                    .operationName(context.getExecutionInput().getOperationName())
                    .coercedVariables(context.getCoercedVariables()).build()
                    .visitPreOrder(new QueryVisitorStub() {
                        @Override
                        public void visitField(QueryVisitorFieldEnvironment env) {
                            fields.add(env);
                        }
                    });
            int depth = 0;
            for (QueryVisitorFieldEnvironment env : fields) {
                depth = Math.max(depth, depthOf(env));
            }
            if (depth > maxDepth) {
                throw refusal("The query is " + depth + " levels deep; the limit is " + maxDepth + ".");
            }
            // Children follow their parent in pre-order: backwards, every field's children are summed before it.
            Map<QueryVisitorFieldEnvironment, Integer> childCost = new IdentityHashMap<>();
            int total = 0;
            for (int i = fields.size() - 1; i >= 0; i--) {
                QueryVisitorFieldEnvironment env = fields.get(i);
                int cost = cost(env, childCost.getOrDefault(env, 0));
                if (env.getParentEnvironment() == null) {
                    total += cost;
                } else {
                    childCost.merge(env.getParentEnvironment(), cost, Integer::sum);
                }
            }
            if (total > maxComplexity) {
                throw refusal("The query costs " + total + "; the limit is " + maxComplexity
                        + ". Ask for fewer rows (first) or fewer nested fields.");
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

    private static AbortExecutionException refusal(String message) {
        GraphQLError error = GraphqlErrorBuilder.newError().message(message)
                .extensions(Map.of("code", ErrorCodes.QUERY_TOO_COMPLEX)).build();
        return new AbortExecutionException(List.of(error));
    }
}
