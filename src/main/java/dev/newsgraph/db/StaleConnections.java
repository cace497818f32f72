package dev.newsgraph.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Pooled connections are not checked before each statement (that was one {@code select 1} round trip per statement);
 * only a connection idle for a while is checked when lent (application.properties). So a connection PostgreSQL
 * closed since it was last used (a restart, a failover, {@code pg_terminate_backend}) fails the first statement sent
 * on it. Work that failed that way is run again: the failed connection is gone from the pool (the PostgreSQL exception
 * sorter marks it), the idle ones are dropped, and the next attempt gets another, usually a new one. Run here only
 * what is safe to repeat: reads, or a transaction that rolled back whole.
 */
@ApplicationScoped
public class StaleConnections {

    private static final Logger LOG = Logger.getLogger(StaleConnections.class);

    /**
     * Attempts after the first: each failed one removes one dead connection, so this many covers a full pool of dead
     * ones even before the idle flush (which runs on the pool's own thread) has removed them.
     */
    static final int RETRIES = 16;

    @Inject
    AgroalDataSource dataSource;

    public <T> T retried(Supplier<T> work) {
        for (int attempt = 0;; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt == RETRIES || !causedBy(e)) {
                    throw e;
                }
                LOG.debugf("A pooled connection was closed by the database; retrying on another: %s", e.getMessage());
                dataSource.flush(AgroalDataSource.FlushMode.IDLE);
            }
        }
    }

    /**
     * True when a statement failed because its connection was closed under it, as opposed to the database refusing new
     * connections (down, pool exhausted: retrying would only make the request wait longer before it fails).
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08003 connection does not exist, 08006 connection failure (I/O error on an open connection),
                // 57P01-02 terminated by an administrator or a shutdown
                return state.equals("08003") || state.equals("08006") || state.equals("57P01")
                        || state.equals("57P02");
            }
        }
        return false;
    }
}
