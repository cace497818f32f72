package dev.newsgraph.devdb;

import java.lang.reflect.Method;
import org.jboss.logging.Logger;

/**
 * One embedded PostgreSQL per JVM, shared by Quarkus' build and run phases and by dev-mode restarts (they reload
 * classes, so the url is kept in a system property rather than a static field).
 */
final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String URL_PROPERTY = "newsgraph.embedded-db.url";

    private EmbeddedDatabase() {
    }

    static synchronized String jdbcUrl() {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return running;
        }
        try {
            // Reached reflectively so the packaged application never links against the provided-scope library.
            Class<?> launcher = Class.forName(EmbeddedDatabase.class.getPackageName() + ".ZonkyLauncher");
            Method start = launcher.getDeclaredMethod("start");
            String url = (String) start.invoke(null);
            System.setProperty(URL_PROPERTY, url);
            LOG.infof("Started embedded PostgreSQL for dev/test at %s", url);
            return url;
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            LOG.warn("No datasource url is configured and embedded PostgreSQL is not on the classpath.");
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not start embedded PostgreSQL", e);
        }
    }
}
