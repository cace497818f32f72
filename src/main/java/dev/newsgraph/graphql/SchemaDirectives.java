package dev.newsgraph.graphql;

import graphql.Directives;
import graphql.schema.GraphQLSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Keeps the schema to the directives GraphQL itself defines. SmallRye declares {@code @constraint} and
 * {@code @rolesAllowed} in every schema; this API applies neither, and their arguments would bring in BigInteger and
 * BigDecimal scalars that no field uses. (Its own bean: the schema is built before runtime configuration exists.)
 */
@ApplicationScoped
public class SchemaDirectives {

    GraphQLSchema.Builder onlyBuiltIn(@Observes GraphQLSchema.Builder builder) {
        return builder.clearDirectives().additionalDirectives(Set.of(Directives.IncludeDirective,
                Directives.SkipDirective, Directives.DeprecatedDirective, Directives.SpecifiedByDirective,
                Directives.OneOfDirective, Directives.DeferDirective,
                Directives.ExperimentalDisableErrorPropagationDirective));
    }
}
