package dev.newsgraph.ingest;

import dev.newsgraph.parse.DocumentFormat;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLTypeUtil;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands resolvers their {@code DocumentInput} arguments already built from graphql-java's coerced values.
 *
 * <p>SmallRye binds an input object by writing graphql-java's map to a JSON string and reading that back with
 * JSON-B: for a document that is the whole page escaped and parsed once more (about 9% of the CPU of an ingest
 * request). SmallRye passes through an argument that already has the declared class, so this builds it here, with
 * the values SmallRye's binding gives. Whatever it would not bind exactly as SmallRye does (an unknown key, a
 * value of an unexpected type, a fetchedAt that is not an ISO offset date-time) it leaves to SmallRye, which then
 * binds it, or reports the error, as before.
 */
public final class DocumentInputBinding extends SimplePerformantInstrumentation {

    private static final String TYPE = "DocumentInput";

    /** Per field: the names of its arguments that are DocumentInputs or lists of them (mostly none). */
    private final Map<GraphQLFieldDefinition, List<String>> documentArguments = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        List<String> names = documentArguments.computeIfAbsent(parameters.getField(), DocumentInputBinding::documents);
        if (names.isEmpty()) {
            return fetcher;
        }
        return env -> {
            Map<String, Object> arguments = new LinkedHashMap<>(env.getArguments());
            for (String name : names) {
                Object value = arguments.get(name);
                if (value != null) {
                    Object bound = bind(value);
                    if (bound == null) {
                        return fetcher.get(env);
                    }
                    arguments.put(name, bound);
                }
            }
            return fetcher.get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(arguments).build());
        };
    }

    private static List<String> documents(GraphQLFieldDefinition field) {
        List<String> names = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            if (GraphQLTypeUtil.unwrapAll(argument.getType()) instanceof GraphQLInputObjectType type
                    && TYPE.equals(type.getName())) {
                names.add(argument.getName());
            }
        }
        return List.copyOf(names);
    }

    /** A DocumentInput, a list of them, or null when SmallRye should bind this value itself. */
    static Object bind(Object value) {
        if (value instanceof Map<?, ?> map) {
            return document(map);
        }
        if (value instanceof List<?> list) {
            List<DocumentInput> documents = new ArrayList<>(list.size());
            for (Object item : list) {
                DocumentInput document = item instanceof Map<?, ?> map ? document(map) : null;
                if (document == null) {
                    return null;
                }
                documents.add(document);
            }
            return documents;
        }
        return null;
    }

    /** As JSON-B would fill it: keys present set the field (null included), absent keys keep the default. */
    static DocumentInput document(Map<?, ?> values) {
        DocumentInput input = new DocumentInput();
        try {
            for (Map.Entry<?, ?> e : values.entrySet()) {
                Object v = e.getValue();
                if (e.getKey().equals("acceptAnyPage") && (v == null || v instanceof Boolean)) {
                    input.acceptAnyPage = (Boolean) v;
                    continue;
                }
                if (v != null && !(v instanceof String)) {
                    return null;
                }
                String s = (String) v;
                switch (String.valueOf(e.getKey())) {
                    case "url" -> input.url = s;
                    case "content" -> input.content = s;
                    case "format" -> input.format = s == null ? null : DocumentFormat.valueOf(s);
                    case "source" -> input.source = s;
                    case "fetchedAt" -> input.fetchedAt = s == null ? null
                            : DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s, OffsetDateTime::from);
                    default -> {
                        return null;
                    }
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        return input;
    }
}
