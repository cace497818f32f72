package dev.newsgraph.security;

import dev.newsgraph.graphql.ForbiddenException;
import dev.newsgraph.graphql.UnauthenticatedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Mutations need a caller with the ingest role; the API answers with its own error codes rather than HTTP 401. */
@ApplicationScoped
public class IngestAuthorization {

    @Inject
    SecurityIdentity identity;

    @Inject
    SecurityConfig config;

    public void requireIngestRole() {
        if (!config.requireIngestRole()) {
            return;
        }
        boolean anonymous;
        boolean allowed;
        try {
            anonymous = identity.isAnonymous();
            allowed = identity.hasRole(config.ingestRole());
        } catch (AuthenticationFailedException e) {
            throw new UnauthenticatedException("The credentials were not accepted: check the user name and password.");
        }
        if (anonymous) {
            throw new UnauthenticatedException("Mutations need credentials: send HTTP Basic auth of a user with the '"
                    + config.ingestRole() + "' role.");
        }
        if (!allowed) {
            throw new ForbiddenException("This user lacks the '" + config.ingestRole() + "' role needed for mutations.");
        }
    }
}
