package dev.newsgraph.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads plain fields (a getter, a record component or a public field of the object being resolved) the way
 * graphql-java's own property fetcher does, without the DataFetchingEnvironment and SmallRye context that SmallRye's
 * FieldDataFetcher builds for every value: a page of 20 articles has several hundred such values. Only fields whose
 * value needs no conversion are read so (strings, numbers, booleans, ids, enums, objects and lists of them); dates
 * and anything this cannot find keep SmallRye's fetcher.
 */
final class LightFields extends SimplePerformantInstrumentation {

    private static final Set<String> PLAIN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    private final Map<DataFetcher<?>, DataFetcher<?>> light = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(fetcher instanceof FieldDataFetcher)) {
            return fetcher;
        }
        return light.computeIfAbsent(fetcher, f -> plain(parameters.getField()) ? new PropertyFetcher(f) : f);
    }

    private static boolean plain(GraphQLFieldDefinition field) {
        GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
        return type instanceof GraphQLScalarType scalar ? PLAIN_SCALARS.contains(scalar.getName())
                : type instanceof GraphQLEnumType || !GraphQLTypeUtil.isLeaf(type);
    }

    /** Reads one field of whatever class the source is, finding its accessor once per class. */
    private static final class PropertyFetcher implements LightDataFetcher<Object> {

        private final DataFetcher<?> smallRye;
        private final Map<Class<?>, Accessor> accessors = new ConcurrentHashMap<>();

        PropertyFetcher(DataFetcher<?> smallRye) {
            this.smallRye = smallRye;
        }

        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env)
                throws Exception {
            if (source == null) {
                return null;
            }
            Accessor accessor = accessors.computeIfAbsent(source.getClass(), c -> Accessor.of(c, field.getName()));
            return accessor == Accessor.NONE ? smallRye.get(env.get()) : accessor.read(source);
        }

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            return get(env.getFieldDefinition(), env.getSource(), () -> env);
        }
    }

    /** A getter (as SmallRye prefers it, so entities load what is lazy), a record component or a public field. */
    private record Accessor(Method method, Field field) {

        static final Accessor NONE = new Accessor(null, null);

        static Accessor of(Class<?> type, String name) {
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (String candidate : new String[] { "get" + capitalized, "is" + capitalized, name }) {
                try {
                    Method method = type.getMethod(candidate);
                    if (!Modifier.isStatic(method.getModifiers()) && method.getReturnType() != void.class) {
                        return new Accessor(method, null);
                    }
                } catch (NoSuchMethodException e) {
                    // try the next form
                }
            }
            try {
                Field field = type.getField(name);
                return Modifier.isStatic(field.getModifiers()) ? NONE : new Accessor(null, field);
            } catch (NoSuchFieldException e) {
                return NONE;
            }
        }

        Object read(Object source) throws Exception {
            if (field != null) {
                return field.get(source);
            }
            try {
                return method.invoke(source);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }
}
