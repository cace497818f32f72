package dev.newsgraph.graphql;

import dev.newsgraph.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks, black-box, against the packaged application. */
@QuarkusIntegrationTest
@WithTestResource(PostgresResource.class)
class IntrospectionIT extends IntrospectionTest {
}
