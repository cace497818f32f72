package dev.newsgraph.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.junit.jupiter.api.Test;

/**
 * A migration that keeps PostgreSQL silent for longer than the connection's read timeout completes (against the
 * test database, in schemas of this test's own), and the service's Flyway migrates with that callback.
 */
@QuarkusTest
class NoReadTimeoutWhileMigratingTest {

    @Inject
    Flyway flyway;

    @Test
    void theServiceMigratesWithTheCallback() {
        assertTrue(Arrays.stream(flyway.getConfiguration().getCallbacks())
                .anyMatch(NoReadTimeoutWhileMigrating.class::isInstance));
    }

    @Test
    void aMigrationLongerThanTheReadTimeoutCompletes() throws SQLException {
        String schema = "slow_migration_" + System.nanoTime();
        try {
            // read timeout 1 s, the migration 2 s
            assertEquals(1, migrate(schema, new NoReadTimeoutWhileMigrating()).migrate().migrationsExecuted);
            // without the callback the same migration fails, so the one above passed for the right reason
            assertThrows(FlywayException.class, () -> migrate(schema + "_plain").migrate());
        } finally {
            execute("drop schema if exists " + schema + " cascade; drop schema if exists " + schema + "_plain cascade");
        }
    }

    private static Flyway migrate(String schema, Callback... callbacks) {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        return Flyway.configure()
                .dataSource(url + (url.contains("?") ? "&" : "?") + "socketTimeout=1",
                        config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                        config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null))
                .schemas(schema).locations("classpath:db/slow-migration").callbacks(callbacks).load();
    }

    private static void execute(String sql) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
