package dev.newsgraph.graphql;

import dev.newsgraph.parse.ControlCharacters;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks argument values against their declared scalar types before a resolver sees them, so that a value of the
 * wrong form is refused with BAD_USER_INPUT naming the argument (and the input field) and the expected form. The
 * scalars of the engine are lenient and would otherwise fail later without saying where. Strings lose their C0
 * controls on the way: no text argument may carry a NUL to the database.
 */
final class ArgumentCheck extends SimplePerformantInstrumentation {

    private static final int SHOWN_VALUE_CHARS = 40;

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.getField().getArguments().isEmpty()) {
            return fetcher;
        }
        return env -> fetcher.get(checked(env));
    }

    private static DataFetchingEnvironment checked(DataFetchingEnvironment env) {
        Map<String, Object> arguments = env.getArguments();
        Map<String, Object> cleaned = null;
        for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
            String name = argument.getName();
            if (!arguments.containsKey(name)) {
                continue;
            }
            Object value = arguments.get(name);
            Object checked = check(value, argument.getType(), name);
            if (checked != value) {
                if (cleaned == null) {
                    cleaned = new LinkedHashMap<>(arguments);
                }
                cleaned.put(name, checked);
            }
        }
        return cleaned == null ? env
                : DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(cleaned).build();
    }

    /** The value, or a cleaned copy of it; refuses a value that does not have the type's form. */
    static Object check(Object value, GraphQLInputType type, String path) {
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLNonNull nonNull) {
            return check(value, (GraphQLInputType) nonNull.getWrappedType(), path);
        }
        if (type instanceof GraphQLList list) {
            if (!(value instanceof List<?> items)) {
                return check(value, (GraphQLInputType) list.getWrappedType(), path);
            }
            List<Object> cleaned = null;
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                Object checked = check(item, (GraphQLInputType) list.getWrappedType(), path + "[" + i + "]");
                if (checked != item) {
                    if (cleaned == null) {
                        cleaned = new ArrayList<>(items);
                    }
                    cleaned.set(i, checked);
                }
            }
            return cleaned == null ? value : cleaned;
        }
        if (type instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            Map<Object, Object> cleaned = null;
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                Object fieldValue = fields.get(field.getName());
                Object checked = check(fieldValue, field.getType(), path + "." + field.getName());
                if (checked != fieldValue) {
                    if (cleaned == null) {
                        cleaned = new LinkedHashMap<>(fields);
                    }
                    cleaned.put(field.getName(), checked);
                }
            }
            return cleaned == null ? value : cleaned;
        }
        if (type instanceof GraphQLScalarType scalar) {
            return scalar(value, scalar.getName(), path);
        }
        return value;
    }

    private static Object scalar(Object value, String scalar, String path) {
        switch (scalar) {
            case "String", "ID" -> {
                if (value instanceof String s) {
                    return ControlCharacters.strip(s);
                }
                if (scalar.equals("ID") && value instanceof Number) {
                    return value;
                }
                throw refused(path, scalar.equals("ID") ? "an ID (a string)" : "a String", value);
            }
            case "Int" -> {
                if (!isInt(value)) {
                    throw refused(path, "an Int: a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
                            value);
                }
                return value;
            }
            case "Boolean" -> {
                if (!(value instanceof Boolean)) {
                    throw refused(path, "a Boolean: true or false", value);
                }
                return value;
            }
            case "Date" -> {
                if (!(value instanceof LocalDate) && !parses(value, LocalDate::parse)) {
                    throw refused(path, "a Date: YYYY-MM-DD, e.g. 2019-06-02", value);
                }
                return value;
            }
            case "DateTime" -> {
                if (!(value instanceof OffsetDateTime) && !parses(value, OffsetDateTime::parse)) {
                    throw refused(path, "a DateTime: ISO-8601 with an offset, e.g. 2019-06-02T09:30:00Z", value);
                }
                return value;
            }
            default -> {
                return value;
            }
        }
    }

    private static boolean isInt(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return true;
        }
        if (value instanceof Long l) {
            return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE;
        }
        if (value instanceof BigInteger b) {
            return b.bitLength() < 32;
        }
        if (value instanceof BigDecimal d) {
            try {
                d.intValueExact();
                return true;
            } catch (ArithmeticException e) {
                return false;
            }
        }
        return false;
    }

    private static boolean parses(Object value, java.util.function.Function<String, ?> parser) {
        if (!(value instanceof String s)) {
            return false;
        }
        try {
            parser.apply(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static BadUserInputException refused(String path, String expected, Object value) {
        String shown = value instanceof String s ? '"' + (s.length() > SHOWN_VALUE_CHARS
                ? s.substring(0, SHOWN_VALUE_CHARS) + "…" : s) + '"' : String.valueOf(value);
        if (shown.length() > SHOWN_VALUE_CHARS + 2) {
            shown = shown.substring(0, SHOWN_VALUE_CHARS) + "…";
        }
        return new BadUserInputException("Argument " + path + " must be " + expected + "; got "
                + ControlCharacters.strip(shown) + ".");
    }
}
