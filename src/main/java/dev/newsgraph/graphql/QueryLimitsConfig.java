package dev.newsgraph.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.graphql")
public interface QueryLimitsConfig {

    /** Deepest selection nesting a query may have; introspection selections do not count. */
    @WithDefault("12")
    int maxDepth();

    /** Each field costs 1, and what is selected below a paginated field costs {@code first} times over. */
    @WithDefault("5000")
    int maxComplexity();

    /** Whether clients may introspect the schema ({@code __schema}, {@code __type}), as GraphQL tooling does. */
    @WithDefault("true")
    boolean introspectionEnabled();
}
