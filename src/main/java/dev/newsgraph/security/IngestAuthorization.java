package dev.newsgraph.security;

import dev.newsgraph.graphql.ForbiddenException;
import dev.newsgraph.graphql.UnauthenticatedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Mutations need a bearer JWT whose groups hold the ingest role; the token is verified by SmallRye JWT against
 * {@code mp.jwt.verify.publickey.location} and {@code mp.jwt.verify.issuer}. The check runs here, in the GraphQL
 * layer, rather than in the HTTP security layer: that one answers a rejected token with HTTP 401, while the API
 * answers every refusal with a GraphQL error and its code (authentication is therefore not proactive).
 */
@ApplicationScoped
public class IngestAuthorization {

    private static final String BEARER = "Bearer ";

    @Inject
    SecurityConfig config;

    @Inject
    JWTParser parser;

    @Inject
    CurrentVertxRequest request;

    public void requireIngestRole() {
        if (!config.requireIngestRole()) {
            return;
        }
        if (!verifiedToken().getGroups().contains(config.ingestRole())) {
            throw new ForbiddenException("This token's groups lack '" + config.ingestRole()
                    + "', which mutations need.");
        }
    }

    /** Reads need a valid token only when {@code newsgraph.security.reads-require-token} is set. */
    public void requireReader() {
        if (config.readsRequireToken()) {
            verifiedToken();
        }
    }

    private JsonWebToken verifiedToken() {
        String authorization = authorizationHeader();
        if (authorization == null || authorization.isBlank()) {
            throw new UnauthenticatedException("This needs credentials: send 'Authorization: Bearer <JWT>' with a "
                    + "token whose groups hold '" + config.ingestRole() + "' for mutations.");
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new UnauthenticatedException("Only bearer credentials are accepted: send 'Authorization: Bearer <JWT>'.");
        }
        try {
            return parser.parse(authorization.substring(BEARER.length()).strip());
        } catch (ParseException e) {
            throw new UnauthenticatedException("The bearer token was not accepted (malformed, expired, or a wrong "
                    + "signature or issuer): send a valid token.");
        }
    }

    /** Over WebSocket, the header is the one connection_init carried (Quarkus adds it to the upgrade request). */
    private String authorizationHeader() {
        RoutingContext context = request.getCurrent();
        return context == null ? null : context.request().getHeader("Authorization");
    }
}
