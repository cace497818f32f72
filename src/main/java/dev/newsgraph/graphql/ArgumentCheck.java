package dev.newsgraph.graphql;

import dev.newsgraph.parse.ControlCharacters;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.Value;
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
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks argument values against their declared scalar types before a resolver sees them, so that a value of the
 * wrong form is refused with BAD_USER_INPUT naming the argument (and the input field) and the expected form. The
 * scalars of the engine are lenient and would otherwise fail later without saying where. Strings lose their C0
 * controls on the way: no text argument may carry a NUL to the database. Documents are the exception: the ingest path
 * strips them itself, after it has looked at them to tell text from binary junk.
 */
final class ArgumentCheck extends SimplePerformantInstrumentation {

    private static final int SHOWN_VALUE_CHARS = 40;
    /** Input types whose strings reach their resolver as sent (their checks happen there). */
    private static final Set<String> UNSTRIPPED = Set.of("DocumentInput");
    private static final String INT = "an Int: a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.getField().getArguments().isEmpty()) {
            return fetcher;
        }
        return env -> fetcher.get(checked(env));
    }

    private static DataFetchingEnvironment checked(DataFetchingEnvironment env) {
        for (Argument literal : env.getField().getArguments()) {
            GraphQLArgument argument = env.getFieldDefinition().getArgument(literal.getName());
            if (argument != null) {
                checkLiteral(literal.getValue(), argument.getType(), literal.getName());
            }
        }
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

    /** Int literals out of range: the engine's Int scalar would wrap them around instead of refusing them. */
    private static void checkLiteral(Value<?> literal, GraphQLInputType type, String path) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (literal instanceof IntValue i && unwrapped instanceof GraphQLScalarType scalar
                && scalar.getName().equals("Int") && i.getValue().bitLength() >= Integer.SIZE) {
            throw refused(path, INT, i.getValue());
        }
        if (literal instanceof ArrayValue array && unwrapped instanceof GraphQLList list) {
            for (int n = 0; n < array.getValues().size(); n++) {
                checkLiteral(array.getValues().get(n), (GraphQLInputType) list.getWrappedType(), path + "[" + n + "]");
            }
        }
        if (literal instanceof ObjectValue object && unwrapped instanceof GraphQLInputObjectType input) {
            for (ObjectField field : object.getObjectFields()) {
                GraphQLInputObjectField definition = input.getField(field.getName());
                if (definition != null) {
                    checkLiteral(field.getValue(), definition.getType(), path + "." + field.getName());
                }
            }
        }
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
                if (UNSTRIPPED.contains(object.getName()) && fieldValue instanceof String) {
                    continue;
                }
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
                    throw refused(path, INT, value);
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
