package dev.newsgraph.graphql;

import dev.newsgraph.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same, black-box, against the packaged application (the jar here, the native binary with -Pnative). */
@QuarkusIntegrationTest
@WithTestResource(PostgresResource.class)
class MetricsIT extends MetricsTest {
}
