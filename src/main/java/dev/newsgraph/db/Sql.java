package dev.newsgraph.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A statement with its parameters in order of their {@code ?}. */
public record Sql(String text, List<Object> parameters) {

    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)");

    /** {@code :name} parameters (as JPA native queries take them) become {@code ?}, bound from {@code values}. */
    public static Sql named(String text, Map<String, ?> values) {
        List<Object> parameters = new ArrayList<>();
        Matcher m = NAMED.matcher(text);
        StringBuilder positional = new StringBuilder();
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                throw new IllegalArgumentException("No value for :" + m.group(1) + " in " + text);
            }
            parameters.add(values.get(m.group(1)));
            m.appendReplacement(positional, "?");
        }
        m.appendTail(positional);
        return new Sql(positional.toString(), parameters);
    }

    void bind(Connection connection, PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof List<?> list) {
                boolean numbers = !list.isEmpty() && list.get(0) instanceof Number;
                statement.setArray(i + 1, connection.createArrayOf(numbers ? "bigint" : "text", list.toArray()));
            } else if (value instanceof LocalDate date) {
                statement.setObject(i + 1, date);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
