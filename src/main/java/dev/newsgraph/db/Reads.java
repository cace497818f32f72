package dev.newsgraph.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Read statements over plain JDBC, each a round trip of its own in autocommit (no transaction, no session): the read
 * paths build their rows straight from the result set instead of loading managed entities. Callers retry on a closed
 * connection with {@link RetriedOnStaleConnection}.
 */
@ApplicationScoped
public class Reads {

    /** Builds one result from the current row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    public <T> List<T> list(Sql sql, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.text())) {
            sql.bind(connection, statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> results = new ArrayList<>();
                while (rows.next()) {
                    results.add(row.read(rows));
                }
                return results;
            }
        } catch (SQLException e) {
            throw new ReadFailedException(sql.text(), e);
        }
    }

    public long count(Sql sql) {
        return list(sql, r -> r.getLong(1)).get(0);
    }

    /** A text[] column as a list; SQL null as an empty list. */
    public static List<String> strings(Array array) throws SQLException {
        return array == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    /** A read statement failed; the SQLException (with its SQLState) is the cause. */
    public static final class ReadFailedException extends RuntimeException {
        ReadFailedException(String sql, SQLException cause) {
            super("Read failed: " + sql, cause);
        }
    }
}
