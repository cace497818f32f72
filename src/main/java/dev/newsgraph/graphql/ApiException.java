package dev.newsgraph.graphql;

/**
 * A refusal the client can act on. Subclasses carry the {@code extensions.code} of the contract; their messages are
 * shown to clients (listed in {@code quarkus.smallrye-graphql.show-runtime-exception-message}).
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }
}
