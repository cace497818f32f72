package dev.newsgraph.graphql;

import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * SmallRye GraphQL 2.17 gives an {@code @Id List<String>} argument the element class {@code java.util.List}, so every
 * value fails to convert. This corrects the model before the schema is built: the elements are plain strings, and
 * never null ({@code [ID!]}), which {@code @Id} on a list parameter cannot otherwise express.
 */
@ApplicationScoped
public class IdListArguments {

    Operation correct(@Observes Operation operation) {
        for (Argument argument : operation.getArguments()) {
            Reference reference = argument.getReference();
            if (argument.hasWrapper() && argument.getWrapper().isCollectionOrArrayOrMap()
                    && "ID".equals(reference.getName()) && !String.class.getName().equals(reference.getClassName())) {
                reference.setClassName(String.class.getName());
                reference.setGraphQLClassName(String.class.getName());
                argument.getWrapper().setWrappedTypeNotNull(true);
            }
        }
        return operation;
    }
}
