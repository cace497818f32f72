package dev.newsgraph.migration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.Executor;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Lifts the pool's socket read timeout (application.properties: a guard against connections to a vanished database
 * host) from the connection Flyway migrates with, for each migration, and puts it back afterwards. PostgreSQL sends
 * nothing while it builds an index, and on a large database that takes minutes: with the timeout in place the
 * migration failed after 60 s and the service could not start.
 */
@Singleton
public class NoReadTimeoutWhileMigrating implements FlywayConfigurationCustomizer, Callback {

    private static final Executor SAME_THREAD = Runnable::run;

    private volatile int poolTimeoutMillis = -1;

    @Override
    public void customize(FluentConfiguration configuration) {
        Callback[] callbacks = Arrays.copyOf(configuration.getCallbacks(), configuration.getCallbacks().length + 1);
        callbacks[callbacks.length - 1] = this;
        configuration.callbacks(callbacks);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE
                || event == Event.AFTER_EACH_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            if (event == Event.BEFORE_EACH_MIGRATE) {
                poolTimeoutMillis = connection.getNetworkTimeout();
                connection.setNetworkTimeout(SAME_THREAD, 0);
            } else if (poolTimeoutMillis >= 0) {
                connection.setNetworkTimeout(SAME_THREAD, poolTimeoutMillis);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change the migration connection's read timeout", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "no-read-timeout-while-migrating";
    }
}
