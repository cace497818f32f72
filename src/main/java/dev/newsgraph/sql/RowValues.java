package dev.newsgraph.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows sent in one statement as one multi-row {@code values (...), (...)} list: one round trip, and one firing of the
 * table's statement triggers, for all of them, where a JDBC batch executes (and fires triggers) row by row.
 * Parameters are cast to the column types, so a column that is null in every row still has its type; a {@code List}
 * value binds as a {@code text[]}.
 */
public final class RowValues {

    /** PostgreSQL takes at most 65,535 parameters a statement; far more rows than any page gives go in chunks. */
    private static final int MAX_PARAMETERS = 30_000;

    private final List<String> columns = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    /** {@code typedColumns}: each a column name and its SQL type, e.g. {@code "roles text[]"}. */
    public RowValues(String... typedColumns) {
        for (String column : typedColumns) {
            int space = column.indexOf(' ');
            columns.add(column.substring(0, space));
            types.add(column.substring(space + 1));
        }
    }

    public RowValues row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("rows take " + columns.size() + " values, got " + values.length);
        }
        rows.add(values);
        return this;
    }

    public int size() {
        return rows.size();
    }

    /** Inserts the rows in their order (identity columns number them in that order); nothing when there are none. */
    public void insertInto(Connection connection, String table) throws SQLException {
        insertInto(connection, table, "", 0);
    }

    /**
     * Inserts the rows with {@code suffix} after the values ({@code on conflict ...}, {@code returning ...}) and
     * returns the first {@code returned} columns of each row the statement returns.
     */
    public List<Object[]> insertInto(Connection connection, String table, String suffix, int returned)
            throws SQLException {
        return execute(connection, "insert into " + table + " (" + String.join(", ", columns) + ")", suffix,
                returned);
    }

    /**
     * Updates {@code table} from the rows, matched on their first column: {@code set} assigns from them as {@code v}
     * (e.g. {@code roles = v.roles}).
     */
    public void update(Connection connection, String table, String set) throws SQLException {
        String key = columns.get(0);
        execute(connection, "update " + table + " t set " + set + " from (", ") as v (" + String.join(", ", columns)
                + ") where t." + key + " = v." + key, 0);
    }

    private List<Object[]> execute(Connection connection, String prefix, String suffix, int returned)
            throws SQLException {
        List<Object[]> out = new ArrayList<>();
        int perStatement = Math.max(1, MAX_PARAMETERS / columns.size());
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            try (PreparedStatement statement = connection.prepareStatement(sql(prefix, chunk.size(), suffix))) {
                int p = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        statement.setObject(p++, value instanceof List<?> list
                                ? connection.createArrayOf("text", list.toArray()) : value);
                    }
                }
                if (returned == 0) {
                    statement.executeUpdate();
                    continue;
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Object[] values = new Object[returned];
                        for (int i = 0; i < returned; i++) {
                            values[i] = result.getObject(i + 1);
                        }
                        out.add(values);
                    }
                }
            }
        }
        return out;
    }

    private String sql(String prefix, int rowCount, String suffix) {
        StringBuilder row = new StringBuilder("(");
        for (int i = 0; i < types.size(); i++) {
            row.append(i == 0 ? "" : ", ").append("cast(? as ").append(types.get(i)).append(')');
        }
        row.append(')');
        StringBuilder sql = new StringBuilder(prefix).append(" values ");
        for (int r = 0; r < rowCount; r++) {
            sql.append(r == 0 ? "" : ", ").append(row);
        }
        return sql.append(suffix.isEmpty() ? "" : " " + suffix).toString();
    }
}
