package dev.newsgraph.graphql;

import java.util.List;
import java.util.function.Function;

/** One page of rows with the cursor of each, as every connection type of the API exposes it. */
public record Page<T>(List<T> nodes, List<String> cursors, PageInfo pageInfo, int totalCount) {

    /** Counting stops here for filtered listings: a count costs at most this many index entries. */
    public static final int COUNT_LIMIT = 10_000;

    /** The schema description of every connection's {@code totalCount}. */
    public static final String TOTAL_COUNT = "How many items the listing holds in all pages: exact when there is no"
            + " filter or search; with one, exact up to 10000, and 10000 when at least that many match.";

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
