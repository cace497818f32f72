package dev.newsgraph.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In dev and test, when no datasource url is configured, starts an embedded PostgreSQL and points the datasource at
 * it, so a machine with only a JDK runs everything. The embedded server is a provided-scope dependency: absent from
 * the packaged application, where this factory does nothing.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    private static final String URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        if (!(profiles.contains("dev") || profiles.contains("test")) || configured(context.getValue(URL))
                || "false".equals(valueOf(context.getValue("newsgraph.embedded-db.enabled")))) {
            return List.of();
        }
        String jdbcUrl = EmbeddedDatabase.jdbcUrl();
        if (jdbcUrl == null) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(URL, jdbcUrl, "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"), "newsgraph-embedded-postgres", 150));
    }

    private static boolean configured(ConfigValue value) {
        String v = valueOf(value);
        return v != null && !v.isBlank();
    }

    private static String valueOf(ConfigValue value) {
        return value == null ? null : value.getValue();
    }
}
