package dev.newsgraph.graphql;

import java.util.List;
import java.util.function.Function;

/** One page of rows with the cursor of each, as every connection type of the API exposes it. */
public record Page<T>(List<T> nodes, List<String> cursors, PageInfo pageInfo, int totalCount) {

    /** {@code rows} holds up to {@code request.fetchSize()} rows: the extra one only tells that more exist. */
    public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, Cursor> cursor, long totalCount) {
        boolean more = rows.size() > request.first();
        List<T> nodes = more ? rows.subList(0, request.first()) : rows;
        List<String> cursors = nodes.stream().map(n -> cursor.apply(n).encode()).toList();
        String start = cursors.isEmpty() ? null : cursors.get(0);
        String end = cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
        PageInfo info = new PageInfo(more, request.after() != null, start, end);
        return new Page<>(List.copyOf(nodes), cursors, info, (int) Math.min(totalCount, Integer.MAX_VALUE));
    }
}
