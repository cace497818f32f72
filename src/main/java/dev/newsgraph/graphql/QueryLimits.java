package dev.newsgraph.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import java.util.List;
import java.util.Map;

/** Depth and cost limits that refuse a query before it runs, with the API's QUERY_TOO_COMPLEX code. */
final class QueryLimits {

    /** Selections under a connection are paid for once per requested row. */
    static final FieldComplexityCalculator PAGE_AWARE = (env, childComplexity) -> {
        Object first = env.getArguments().get("first");
        int rows = first instanceof Number n ? Math.max(1, n.intValue()) : 1;
        return 1 + childComplexity * rows;
    };

    private QueryLimits() {
    }

    static final class Depth extends MaxQueryDepthInstrumentation {

        Depth(int maxDepth) {
            super(maxDepth);
        }

        @Override
        protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
            return refusal("The query is " + depth + " levels deep; the limit is " + maxDepth + ".");
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
                .extensions(Map.of("code", "QUERY_TOO_COMPLEX")).build();
        return new AbortExecutionException(List.of(error));
    }
}
