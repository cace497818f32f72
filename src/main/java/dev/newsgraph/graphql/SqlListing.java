package dev.newsgraph.graphql;

import dev.newsgraph.db.Reads;
import dev.newsgraph.db.Sql;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A native SQL listing: filters and a keyset condition collected as named parameters, run once for a page of keys
 * and, when the query selects {@code totalCount}, once more to count. Listings select keys only and load the
 * entities afterwards by id.
 */
public final class SqlListing {

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public SqlListing(String from) {
        this.from = from;
    }

    /** Adds a filter; {@code value} is bound to every {@code :name} in it. */
    public SqlListing where(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    public SqlListing where(String condition) {
        conditions.add(condition);
        return this;
    }

    public SqlListing bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /**
     * What {@code totalCount} returns (see {@link Page#TOTAL_COUNT}): nothing is counted unless the request selects
     * it; an unfiltered listing sums the row counts triggers maintain (V7_1), a filtered one counts at most
     * {@link Page#COUNT_LIMIT} rows, so a count never scans a whole large table.
     */
    public long count(EntityManager em, PageRequest request) {
        if (!request.withTotal()) {
            return 0;
        }
        Query query = em.createNativeQuery(countSql());
        countParameters().forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private String countSql() {
        if (conditions.isEmpty()) {
            return "select coalesce(sum(n), 0) from row_count where table_name = :countedTable";
        }
        return "select count(*) from (select 1 from " + from + whereClause(conditions) + " limit " + Page.COUNT_LIMIT
                + ") limited";
    }

    private Map<String, Object> countParameters() {
        if (!conditions.isEmpty()) {
            return parameters;
        }
        return Map.of("countedTable", from.split(" ")[0]);
    }

    /** Rows of one page read over JDBC, and what {@code totalCount} returns (0 when not selected). */
    public record Rows<T>(List<T> rows, long total) {
    }

    /**
     * One page of rows as {@code row} reads them from {@code columns}, in one statement: when the request selects
     * {@code totalCount}, the count (see {@link #count}) is a column of the same statement, computed once. Only an
     * empty page that selects it costs a second statement.
     */
    public <T> Rows<T> read(Reads reads, String columns, String keyset, Map<String, Object> keysetParams,
            String orderBy, PageRequest request, Reads.Row<T> row) {
        List<String> all = new ArrayList<>(conditions);
        if (keyset != null) {
            all.add(keyset);
        }
        Map<String, Object> values = new HashMap<>(parameters);
        values.putAll(keysetParams);
        String total = "";
        if (request.withTotal()) {
            total = ", (" + countSql() + ") as listing_total";
            values.putAll(countParameters());
        }
        String sql = "select " + columns + total + " from " + from + whereClause(all) + " order by " + orderBy
                + " limit " + request.fetchSize();
        long[] counted = { 0 };
        List<T> rows = reads.list(Sql.named(sql, values), r -> {
            if (request.withTotal()) {
                counted[0] = r.getLong("listing_total");
            }
            return row.read(r);
        });
        if (rows.isEmpty() && request.withTotal()) {
            counted[0] = reads.count(Sql.named(countSql(), countParameters()));
        }
        return new Rows<>(rows, counted[0]);
    }

    /** The rows of one page: {@code keyset} is the condition that skips rows up to the cursor (null for page one). */
    public List<Object[]> page(EntityManager em, String columns, String keyset, Map<String, Object> keysetParams,
            String orderBy, int limit) {
        List<String> all = new ArrayList<>(conditions);
        if (keyset != null) {
            all.add(keyset);
        }
        return rows(em, "select " + columns + " from " + from + whereClause(all) + " order by " + orderBy + " limit "
                + limit, keysetParams);
    }

    /**
     * The first {@code limit} rows, with {@code outerColumns} computed over those rows alone (they read the page as
     * {@code page}): PostgreSQL evaluates a select list before the sort and limit, so an expensive expression in
     * {@code columns} would be computed for every match.
     */
    public List<Object[]> pageThen(EntityManager em, String columns, String orderBy, int limit, String outerColumns,
            String outerOrderBy) {
        return pageThen(em, columns, null, Map.of(), orderBy, limit, outerColumns, outerOrderBy);
    }

    /** The same, with {@code extra} (and its parameters) as one more condition of this statement alone. */
    public List<Object[]> pageThen(EntityManager em, String columns, String extra, Map<String, Object> extraParams,
            String orderBy, int limit, String outerColumns, String outerOrderBy) {
        List<String> all = new ArrayList<>(conditions);
        if (extra != null) {
            all.add(extra);
        }
        return rows(em, "select " + outerColumns + " from (select " + columns + " from " + from + whereClause(all)
                + " order by " + orderBy + " limit " + limit + ") page order by " + outerOrderBy, extraParams);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(EntityManager em, String sql, Map<String, Object> keysetParams) {
        Query query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        keysetParams.forEach(query::setParameter);
        List<Object> rows = query.getResultList();
        return rows.stream().map(r -> r instanceof Object[] array ? array : new Object[] { r }).toList();
    }

    /**
     * A page of the most recent rows first (keyset on the id column, which grows with every insert). {@code loader}
     * returns the entities in the order of the ids it is given.
     */
    public <T> Page<T> newestFirst(EntityManager em, String idColumn, PageRequest request, String ordering,
            Function<List<Long>, List<T>> loader, Function<T, Long> idOf) {
        String keyset = request.after() == null ? null : idColumn + " < :afterId";
        Map<String, Object> keysetParams = request.after() == null ? Map.of()
                : Map.of("afterId", request.after().longKey(0));
        List<Object[]> rows = page(em, idColumn, keyset, keysetParams, idColumn + " desc", request.fetchSize());
        return Page.of(loader.apply(ids(rows)), request, e -> Cursor.of(ordering, idOf.apply(e)), count(em, request));
    }

    private static String whereClause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The ids in the first column of {@link #page} rows, in row order. */
    public static List<Long> ids(List<Object[]> rows) {
        return rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
    }

    /** Groups rows by a key, in the order of {@code keys}: the shape batched {@code @Source} resolvers return. */
    public static <K, T> List<List<T>> groupedBy(List<K> keys, List<T> rows, Function<T, K> keyOf) {
        Map<K, List<T>> groups = new HashMap<>();
        for (T row : rows) {
            groups.computeIfAbsent(keyOf.apply(row), k -> new ArrayList<>()).add(row);
        }
        return keys.stream().map(k -> groups.getOrDefault(k, List.of())).toList();
    }

    /** Looks entities up by key for a batch of sources; a null or unknown key yields null at its place. */
    public static <T> List<T> lookUp(List<Long> keys, Function<List<Long>, List<T>> loader, Function<T, Long> idOf) {
        List<Long> distinct = keys.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, T> byId = new HashMap<>();
        if (!distinct.isEmpty()) {
            loader.apply(distinct).forEach(e -> byId.put(idOf.apply(e), e));
        }
        return keys.stream().map(k -> k == null ? null : byId.get(k)).toList();
    }
}
