package dev.newsgraph.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a POST whose body is not JSON, or whose query text does not parse, with a coded GRAPHQL_PARSE_FAILED error
 * that says where the syntax breaks. SmallRye checks both before graphql-java runs, so no instrumentation sees them,
 * and it answers without a code ("Unparseable input document").
 */
@ApplicationScoped
public class QuerySyntaxCheck {

    private static final int MAX_REMEMBERED = 1024;
    private static final Set<String> PARSED = ConcurrentHashMap.newKeySet();

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize maxBodySize;

    void install(@Observes @Priority(2) Router router) {
        // The GraphQL route's own body handler sees that the body was read here and passes it on.
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        String path = "/" + rootPath.replaceFirst("^/", "");
        router.post(path).order(-1).handler(ctx -> {
            ctx.request().resume();
            body.handle(ctx);
        }).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        if (body == null || contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            ctx.next();
            return;
        }
        String query;
        try {
            query = queryOf(body.toString());
        } catch (JsonParsingException | IllegalStateException e) {
            refuse(ctx, "The request body is not a JSON object: send {\"query\": \"...\", \"variables\": {...}}.", null);
            return;
        }
        if (!refusedSyntax(ctx, query)) {
            ctx.next();
        }
    }

    /**
     * Refuses the request when it has no query text or one that does not parse, and says whether it did. Queries seen to parse are
     * remembered (a bounded set: clients send a few query texts over and over), so each is parsed here only once.
     */
    static boolean refusedSyntax(RoutingContext ctx, String query) {
        if (query == null) {
            refuse(ctx, "Missing 'query' field in the request: send {\"query\": \"...\", \"variables\": {...}}.", null);
            return true;
        }
        if (PARSED.contains(query)) {
            return false;
        }
        try {
            Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            refuse(ctx, e.getMessage(), e.getLocation());
            return true;
        }
        if (PARSED.size() < MAX_REMEMBERED) {
            PARSED.add(query);
        }
        return false;
    }

    /** The top-level "query" string, read without building the rest (variables may hold megabytes of documents). */
    static String queryOf(String json) {
        try (JsonParser parser = jakarta.json.Json.createParser(new StringReader(json))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new IllegalStateException("not an object");
            }
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT) {
                    return null;
                }
                String key = parser.getString();
                JsonParser.Event value = parser.next();
                if (key.equals("query")) {
                    return value == JsonParser.Event.VALUE_STRING ? parser.getString() : null;
                }
                if (value == JsonParser.Event.START_OBJECT) {
                    parser.skipObject();
                } else if (value == JsonParser.Event.START_ARRAY) {
                    parser.skipArray();
                }
            }
            return null;
        }
    }

    private static void refuse(RoutingContext ctx, String message, SourceLocation location) {
        var error = GraphqlErrorBuilder.newError().message(message)
                .locations(location == null ? List.of() : List.of(location))
                .extensions(Map.of("code", ErrorCodes.GRAPHQL_PARSE_FAILED, "classification", "InvalidSyntax")).build();
        ctx.response().putHeader("Content-Type", "application/graphql-response+json; charset=UTF-8")
                .end(Json.encode(Map.of("errors", List.of(error.toSpecification()))));
    }
}
