package dev.newsgraph.testing;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/** Points the application under @QuarkusTest at the test key pair of {@link TestTokens} (above application.properties). */
public class TestTokensConfigSourceFactory implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new PropertiesConfigSource(config(), "newsgraph-test-tokens", 260));
    }

    public static Map<String, String> config() {
        return Map.of("mp.jwt.verify.publickey.location", TestTokens.publicKeyLocation(), "mp.jwt.verify.issuer",
                TestTokens.ISSUER);
    }
}
