package dev.newsgraph.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.graphql")
public interface QueryLimitsConfig {

    /** Deepest selection nesting a query may have. */
    @WithDefault("12")
    int maxDepth();

    /** Each field costs 1, and what is selected below a paginated field costs {@code first} times over. */
    @WithDefault("5000")
    int maxComplexity();
}
