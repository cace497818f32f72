package dev.newsgraph.graphql;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.HashMap;
import java.util.Map;

/**
 * Recognises a request that failed because PostgreSQL could not be reached (stopped, restarting, terminated our
 * connection, pool exhausted while it is down) and gives it the code SERVICE_UNAVAILABLE: the client may retry.
 */
final class DatabaseUnavailable {

    static final String CODE = "SERVICE_UNAVAILABLE";

    private DatabaseUnavailable() {
    }

    static boolean causedBy(GraphQLError error) {
        return error instanceof ExceptionWhileDataFetching fetching && isUnavailable(fetching.getException());
    }

    static GraphQLError asError(GraphQLError error) {
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.remove("exception");
        extensions.put("code", CODE);
        return GraphqlErrorBuilder.newError()
                .message("The database is unavailable; retry in a few seconds.")
                .locations(error.getLocations()).path(error.getPath()).errorType(error.getErrorType())
                .extensions(extensions).build();
    }

    static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-03: server shutting down or starting up
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true; // Agroal's pool could not get a connection in time
                }
            }
        }
        return false;
    }
}
