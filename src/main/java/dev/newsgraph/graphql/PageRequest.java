package dev.newsgraph.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * A validated {@code first}/{@code after} pair. Fetch {@link #fetchSize()} rows to learn whether a next page exists.
 * {@code withTotal}: whether the connection being resolved selects {@code totalCount}.
 */
public record PageRequest(int first, Cursor after, boolean withTotal) {

    public static final int MAX_PAGE_SIZE = 100;

    public static PageRequest of(Integer first, String after, String ordering, int keyCount) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadUserInputException("first must be between 1 and " + MAX_PAGE_SIZE + ", got " + size + ".");
        }
        return new PageRequest(size, Cursor.decode(after, ordering, keyCount), totalCountSelected());
    }

    /** True outside a GraphQL field (nothing to tell), else whether the field's selection names totalCount. */
    private static boolean totalCountSelected() {
        return selects("totalCount");
    }

    /**
     * Whether the field being resolved selects any of these (paths below it, such as {@code nodes/text}, through
     * fragments too); true outside a GraphQL field, where nothing tells.
     */
    public static boolean selects(String... fields) {
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        DataFetchingEnvironment env = context == null ? null : context.getDataFetchingEnvironment();
        return env == null || env.getSelectionSet().containsAnyOf(fields[0], java.util.Arrays.copyOfRange(fields, 1,
                fields.length));
    }

    public int fetchSize() {
        return first + 1;
    }
}
