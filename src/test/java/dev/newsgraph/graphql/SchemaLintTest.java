package dev.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.AstPrinter;
import graphql.language.Description;
import graphql.language.DirectivesContainer;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The served schema passes the default rules of graphql-schema-linter 3: everything described (capitalized), no
 * unused types, naming conventions, deprecations with reasons, Relay connections and PageInfo as the spec has them.
 */
@QuarkusTest
class SchemaLintTest {

    private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");
    private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");
    private static final Pattern CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Pattern ALL_CAPS = Pattern.compile("[A-Z][A-Z0-9_]*");

    @Test
    void servedSchemaPassesTheLinterRules() {
        String sdl = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        List<String> problems = lint(new SchemaParser().parse(sdl));
        assertEquals(List.of(), problems, "served schema:\n" + sdl);
    }

    @Test
    void theRulesFindWhatTheLinterFinds() {
        TypeDefinitionRegistry bad = new SchemaParser().parse("""
                "Query root"
                type Query { "lower case start" things(first: Int, after: String): ThingConnection! other: Int }
                type ThingConnection { "The items." edges: [Thing!]! }
                "A thing."
                type Thing { "Its name." Name: String @deprecated }
                "Unused."
                scalar Unused
                "Kinds."
                enum Kind { one }
                """);
        List<String> problems = lint(bad);
        for (String expected : List.of("field Query.things: description not capitalized",
                "field Query.other: no description", "argument Query.things(first): no description",
                "type ThingConnection: no description", "type Thing: field Name not camelCase",
                "field Thing.Name: deprecated without a reason", "type Unused: defined but not used",
                "enum value Kind.one: not ALL_CAPS", "enum value Kind.one: no description",
                "type ThingConnection: no pageInfo field", "type PageInfo: missing (Relay)")) {
            assertTrue(problems.contains(expected), expected + " in " + problems);
        }
    }

    static List<String> lint(TypeDefinitionRegistry schema) {
        List<String> problems = new ArrayList<>();
        Set<String> used = new HashSet<>(ROOTS);
        for (TypeDefinition<?> type : schema.types().values()) {
            describe("type " + type.getName(), description(type), problems);
            if (!Character.isUpperCase(type.getName().charAt(0))) {
                problems.add("type " + type.getName() + ": not capitalized");
            }
            if (type instanceof ObjectTypeDefinition object) {
                for (FieldDefinition field : object.getFieldDefinitions()) {
                    String where = type.getName() + "." + field.getName();
                    describe("field " + where, field.getDescription(), problems);
                    camel(type.getName(), field.getName(), problems);
                    deprecation("field " + where, field, problems);
                    used.add(baseName(field.getType()));
                    for (InputValueDefinition arg : field.getInputValueDefinitions()) {
                        describe("argument " + where + "(" + arg.getName() + ")", arg.getDescription(), problems);
                        used.add(baseName(arg.getType()));
                    }
                    if (baseName(field.getType()).endsWith("Connection")) {
                        relayArguments(where, field, problems);
                    }
                }
                if (type.getName().endsWith("Connection")) {
                    relayConnection(object, problems);
                }
            } else if (type instanceof InputObjectTypeDefinition input) {
                for (InputValueDefinition field : input.getInputValueDefinitions()) {
                    describe("input field " + type.getName() + "." + field.getName(), field.getDescription(), problems);
                    camel(type.getName(), field.getName(), problems);
                    used.add(baseName(field.getType()));
                }
            } else if (type instanceof EnumTypeDefinition e) {
                for (EnumValueDefinition value : e.getEnumValueDefinitions()) {
                    String where = "enum value " + type.getName() + "." + value.getName();
                    describe(where, value.getDescription(), problems);
                    deprecation(where, value, problems);
                    if (!ALL_CAPS.matcher(value.getName()).matches()) {
                        problems.add(where + ": not ALL_CAPS");
                    }
                }
            }
        }
        for (String name : schema.scalars().keySet()) {
            if (!BUILT_IN_SCALARS.contains(name) && !used.contains(name)) {
                problems.add("type " + name + ": defined but not used");
            }
            if (!BUILT_IN_SCALARS.contains(name)) {
                describe("type " + name, schema.scalars().get(name).getDescription(), problems);
            }
        }
        for (String name : schema.types().keySet()) {
            if (!used.contains(name)) {
                problems.add("type " + name + ": defined but not used");
            }
        }
        relayPageInfo(schema, problems);
        return problems;
    }

    private static void relayConnection(ObjectTypeDefinition connection, List<String> problems) {
        String name = connection.getName();
        FieldDefinition edges = field(connection, "edges");
        if (edges == null || !(unwrapNonNull(edges.getType()) instanceof ListType)) {
            problems.add("type " + name + ": edges must be a list (Relay)");
        }
        FieldDefinition pageInfo = field(connection, "pageInfo");
        if (pageInfo == null) {
            problems.add("type " + name + ": no pageInfo field");
        } else if (!AstPrinter.printAst(pageInfo.getType()).equals("PageInfo!")) {
            problems.add("type " + name + ": pageInfo must be PageInfo! (Relay)");
        }
    }

    private static void relayArguments(String where, FieldDefinition field, List<String> problems) {
        Set<String> args = new HashSet<>();
        field.getInputValueDefinitions().forEach(a -> args.add(a.getName()));
        if (!(args.contains("first") && args.contains("after") || args.contains("last") && args.contains("before"))) {
            problems.add("field " + where + ": a connection needs first and after, or last and before (Relay)");
        }
    }

    private static void relayPageInfo(TypeDefinitionRegistry schema, List<String> problems) {
        ObjectTypeDefinition pageInfo = schema.getType("PageInfo", ObjectTypeDefinition.class).orElse(null);
        if (pageInfo == null) {
            problems.add("type PageInfo: missing (Relay)");
            return;
        }
        for (String[] expected : new String[][] { { "hasNextPage", "Boolean!" }, { "hasPreviousPage", "Boolean!" },
                { "startCursor", "String" }, { "endCursor", "String" } }) {
            FieldDefinition field = field(pageInfo, expected[0]);
            if (field == null || !AstPrinter.printAst(field.getType()).equals(expected[1])) {
                problems.add("type PageInfo: needs " + expected[0] + ": " + expected[1] + " (Relay)");
            }
        }
    }

    private static void describe(String where, Description description, List<String> problems) {
        if (description == null || description.getContent().isBlank()) {
            problems.add(where + ": no description");
        } else if (Character.isLowerCase(description.getContent().strip().charAt(0))) {
            problems.add(where + ": description not capitalized");
        }
    }

    private static void camel(String type, String field, List<String> problems) {
        if (!CAMEL.matcher(field).matches()) {
            problems.add("type " + type + ": field " + field + " not camelCase");
        }
    }

    private static void deprecation(String where, DirectivesContainer<?> node, List<String> problems) {
        node.getDirectives("deprecated").forEach(d -> {
            if (d.getArgument("reason") == null) {
                problems.add(where + ": deprecated without a reason");
            }
        });
    }

    private static Description description(TypeDefinition<?> type) {
        return switch (type) {
            case ObjectTypeDefinition o -> o.getDescription();
            case InputObjectTypeDefinition i -> i.getDescription();
            case EnumTypeDefinition e -> e.getDescription();
            case graphql.language.InterfaceTypeDefinition i -> i.getDescription();
            case graphql.language.UnionTypeDefinition u -> u.getDescription();
            default -> null;
        };
    }

    private static FieldDefinition field(ObjectTypeDefinition type, String name) {
        return type.getFieldDefinitions().stream().filter(f -> f.getName().equals(name)).findFirst().orElse(null);
    }

    private static Type<?> unwrapNonNull(Type<?> type) {
        return type instanceof NonNullType n ? n.getType() : type;
    }

    private static String baseName(Type<?> type) {
        return switch (type) {
            case NonNullType n -> baseName(n.getType());
            case ListType l -> baseName(l.getType());
            case TypeName t -> t.getName();
            default -> throw new IllegalArgumentException(type.toString());
        };
    }
}
