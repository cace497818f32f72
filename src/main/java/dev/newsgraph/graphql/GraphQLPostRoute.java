package dev.newsgraph.graphql;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.ParsedHeaderValues;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * POST /graphql with a JSON body, read fast, then executed by SmallRye's ExecutionService exactly as SmallRye's
 * own route would (same request context, identity, instrumentation, errors and response writing).
 *
 * <p>Why: Quarkus' handler runs a regex over the whole body (to blank raw newlines and tabs) and parses it with
 * JSON-P from a String, about 12 ms of CPU per 180 KB document before the parser even starts. This route does the
 * same on the bytes ({@link JsonRequestReader}). Anything it does not handle exactly as SmallRye would (GET,
 * query parameters, application/graphql bodies, other charsets or Accept types, bodies that are not one JSON
 * object) it passes on, untouched, to SmallRye's route, which answers as before.
 */
@ApplicationScoped
public class GraphQLPostRoute {

    private static final Logger LOG = Logger.getLogger(GraphQLPostRoute.class);
    private static final String DEFAULT_RESPONSE_CONTENT_TYPE = "application/graphql-response+json; charset=UTF-8";

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/")
    String httpRootPath;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled")
    Optional<Boolean> nonBlocking;

    @ConfigProperty(name = "quarkus.http.enable-compression", defaultValue = "false")
    boolean compression;

    @ConfigProperty(name = "newsgraph.fast-graphql-post", defaultValue = "true")
    boolean enabled;

    // Registered before QuerySyntaxCheck's route (same order): that one sees only what this route passes on.
    void register(@Observes @Priority(1) Router router) {
        if (!enabled || compression) {
            return; // SmallRye's route alone; it knows how to compress
        }
        // After the security filters (negative orders, down to -2 for the upload limit), before the routes that
        // extensions add with increasing orders from 0, SmallRye's among them.
        Route route = router.route(HttpMethod.POST, path()).order(-1);
        route.handler(body(BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue())
                .setPreallocateBodyBuffer(true)));
        Handler handler = new Handler(!nonBlocking.orElse(true), identityAssociation(),
                Arc.container().instance(CurrentVertxRequest.class).get());
        if (handler.runBlocking) {
            route.blockingHandler(handler::route);
        } else {
            route.handler(handler::route);
        }
    }

    /** As Quarkus' own body handler: the body is read on the event loop (authentication may have left it). */
    private static io.vertx.core.Handler<RoutingContext> body(BodyHandler bodyHandler) {
        return ctx -> {
            if (Context.isOnEventLoopThread()) {
                if (!ctx.request().isEnded()) {
                    ctx.request().resume();
                }
                bodyHandler.handle(ctx);
                return;
            }
            ((ConnectionBase) ctx.request().connection()).channel().eventLoop().execute(() -> {
                try {
                    if (ctx.request().isEnded()) {
                        ctx.next();
                    } else {
                        ctx.request().resume();
                        bodyHandler.handle(ctx);
                    }
                } catch (Throwable t) {
                    ctx.fail(t);
                }
            });
        };
    }

    private String path() {
        String root = httpRootPath.endsWith("/") ? httpRootPath : httpRootPath + "/";
        String graphql = rootPath.startsWith("/") ? rootPath : root + rootPath;
        return graphql.replaceAll("/+$", "");
    }

    private static CurrentIdentityAssociation identityAssociation() {
        InstanceHandle<CurrentIdentityAssociation> identity = Arc.container().instance(CurrentIdentityAssociation.class);
        return identity.isAvailable() ? identity.get() : null;
    }

    static final class Handler extends SmallRyeGraphQLAbstractHandler {

        private static final String PARSED = Handler.class.getName() + ".parsed";
        private static final String ACCEPT = Handler.class.getName() + ".accept";

        final boolean runBlocking;

        Handler(boolean runBlocking, CurrentIdentityAssociation identity, CurrentVertxRequest request) {
            super(identity, request, runBlocking);
            this.runBlocking = runBlocking;
        }

        /** Takes the request when it can answer it exactly as SmallRye would; otherwise hands it on. */
        void route(RoutingContext ctx) {
            String accept = accept(ctx);
            JsonObject body = handles(ctx, accept) ? JsonRequestReader.read(ctx.body().buffer().getBytes()) : null;
            if (body == null) {
                ctx.next();
                return;
            }
            // SmallRye answers a query that does not parse without a code; QuerySyntaxCheck gives it one.
            if (QuerySyntaxCheck.refusedSyntax(ctx, body.get("query") instanceof JsonString q ? q.getString() : null)) {
                return;
            }
            ctx.put(PARSED, body);
            ctx.put(ACCEPT, accept);
            handle(ctx);
        }

        private static boolean handles(RoutingContext ctx, String accept) {
            if (!accept.startsWith("application/json") && !accept.startsWith("application/graphql-response+json")
                    && !accept.startsWith("application/graphql+json") || !utf8(accept)) {
                return false;
            }
            String query = ctx.request().query();
            if (query != null && !query.isEmpty() || ctx.body() == null || ctx.body().buffer() == null
                    || ctx.body().length() == 0) {
                return false;
            }
            String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (contentType == null || contentType.isEmpty() || contentType.startsWith("*/*")) {
                return true;
            }
            MIMEHeader parsed = ctx.parsedHeaders().contentType();
            String charset = parsed == null ? null : parsed.parameter("charset");
            return !contentType.startsWith("application/graphql") && (charset == null || isUtf8(charset));
        }

        private static boolean utf8(String accept) {
            int at = accept.indexOf("charset=");
            if (at < 0) {
                return true;
            }
            String charset = accept.substring(at + "charset=".length()).split("[;\\s]", 2)[0];
            return charset.isEmpty() || isUtf8(charset);
        }

        private static boolean isUtf8(String charset) {
            return charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8");
        }

        /** The response type SmallRye's handler picks from the Accept header. */
        private static String accept(RoutingContext ctx) {
            ParsedHeaderValues headers = ctx.parsedHeaders();
            if (headers != null && headers.accept() != null && !headers.accept().isEmpty()) {
                List<MIMEHeader> accepted = headers.accept();
                for (MIMEHeader a : accepted) {
                    String value = a.rawValue();
                    if (value.startsWith("application/json") || value.startsWith("application/graphql-response+json")
                            || value.startsWith("application/graphql+json")) {
                        return value;
                    }
                    if (value.startsWith("*/*")) {
                        return DEFAULT_RESPONSE_CONTENT_TYPE;
                    }
                }
                String raw = ctx.request().getHeader("Accept");
                if (raw != null && !raw.isEmpty()) {
                    return raw;
                }
            }
            return DEFAULT_RESPONSE_CONTENT_TYPE;
        }

        @Override
        protected void doHandle(RoutingContext ctx) {
            String accept = ctx.get(ACCEPT);
            ctx.response().headers().set(HttpHeaders.CONTENT_TYPE, accept);
            getExecutionService().executeAsync(ctx.<JsonObject>get(PARSED), getMetaData(ctx), new Writer(ctx));
        }
    }

    /**
     * Writes the result as SmallRye's handler does: 500 for an aborted execution that has data, else 200; a result
     * without errors through {@link ResultJson}, the same bytes in one pass.
     */
    private record Writer(RoutingContext ctx) implements ExecutionResponseWriter {

        @Override
        public void write(ExecutionResponse response) {
            HttpServerResponse http = ctx.response();
            if (shouldFail(response.getExecutionResult())) {
                response.getExecutionResult().getErrors().stream()
                        .filter(e -> e.getErrorType().equals(ErrorType.ExecutionAborted))
                        .forEach(e -> LOG.error("Execution aborted", (AbortExecutionException) e));
                http.setStatusCode(500).end();
                return;
            }
            try {
                byte[] json = ResultJson.write(response.getExecutionResult());
                http.setStatusCode(200).setStatusMessage("OK").end(json != null ? Buffer.buffer(json)
                        : Buffer.buffer(response.getExecutionResultAsString(), StandardCharsets.UTF_8.name()));
            } catch (IllegalStateException e) {
                LOG.debug("Cannot write response", e);
            }
        }

        @Override
        public void fail(Throwable t) {
            ctx.fail(t);
        }

        private static boolean shouldFail(ExecutionResult result) {
            if (result.isDataPresent() && !result.getErrors().isEmpty()) {
                for (GraphQLError error : result.getErrors()) {
                    if (error.getErrorType().equals(ErrorType.ExecutionAborted)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
