package dev.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.GraphQL;
import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every name of the API contract is served with the same type and nullability. */
@QuarkusTest
class SchemaContractTest {

    @Test
    void servedSchemaContainsTheWholeContract() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        // .ci/run lints this copy with graphql-schema-linter itself (SchemaLintTest checks the same rules in Java).
        Files.writeString(Path.of("target", "served-schema.graphql"), served);
        TypeDefinitionRegistry actual = new SchemaParser().parse(served);
        TypeDefinitionRegistry contract = new SchemaParser().parse(GraphQL.resource("/contract/api.graphql"));
        List<String> problems = new ArrayList<>();

        contract.scalars().keySet().forEach(name -> {
            if (!actual.scalars().containsKey(name)) {
                problems.add("missing scalar " + name);
            }
        });
        for (ObjectTypeDefinition type : contract.getTypes(ObjectTypeDefinition.class)) {
            ObjectTypeDefinition got = actual.getType(type.getName(), ObjectTypeDefinition.class).orElse(null);
            if (got == null) {
                problems.add("missing type " + type.getName());
                continue;
            }
            for (FieldDefinition field : type.getFieldDefinitions()) {
                FieldDefinition gotField = got.getFieldDefinitions().stream()
                        .filter(f -> f.getName().equals(field.getName())).findFirst().orElse(null);
                String where = type.getName() + "." + field.getName();
                if (gotField == null) {
                    problems.add("missing field " + where);
                    continue;
                }
                compare(where, AstPrinter.printAst(field.getType()), AstPrinter.printAst(gotField.getType()), problems);
                for (InputValueDefinition arg : field.getInputValueDefinitions()) {
                    InputValueDefinition gotArg = gotField.getInputValueDefinitions().stream()
                            .filter(a -> a.getName().equals(arg.getName())).findFirst().orElse(null);
                    if (gotArg == null) {
                        problems.add("missing argument " + where + "(" + arg.getName() + ")");
                    } else {
                        String contractType = AstPrinter.printAst(arg.getType());
                        String servedType = AstPrinter.printAst(gotArg.getType());
                        if (!acceptsAllOf(servedType, contractType)) {
                            problems.add(where + "(" + arg.getName() + "): contract " + contractType + ", served "
                                    + servedType);
                        }
                        if (arg.getDefaultValue() != null) {
                            compare(where + "(" + arg.getName() + ") default", AstPrinter.printAst(arg.getDefaultValue()),
                                    gotArg.getDefaultValue() == null ? "none" : AstPrinter.printAst(gotArg.getDefaultValue()),
                                    problems);
                        }
                    }
                }
            }
        }
        for (InputObjectTypeDefinition input : contract.getTypes(InputObjectTypeDefinition.class)) {
            InputObjectTypeDefinition got = actual.getType(input.getName(), InputObjectTypeDefinition.class).orElse(null);
            if (got == null) {
                problems.add("missing input " + input.getName());
                continue;
            }
            for (InputValueDefinition field : input.getInputValueDefinitions()) {
                InputValueDefinition gotField = got.getInputValueDefinitions().stream()
                        .filter(f -> f.getName().equals(field.getName())).findFirst().orElse(null);
                if (gotField == null) {
                    problems.add("missing input field " + input.getName() + "." + field.getName());
                } else {
                    compare(input.getName() + "." + field.getName(), AstPrinter.printAst(field.getType()),
                            AstPrinter.printAst(gotField.getType()), problems);
                }
            }
        }
        for (EnumTypeDefinition e : contract.getTypes(EnumTypeDefinition.class)) {
            EnumTypeDefinition got = actual.getType(e.getName(), EnumTypeDefinition.class).orElse(null);
            if (got == null) {
                problems.add("missing enum " + e.getName());
                continue;
            }
            compare(e.getName(), e.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).sorted().toList().toString(),
                    got.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).sorted().toList().toString(),
                    problems);
        }
        assertEquals(List.of(), problems, "served schema:\n" + served);
        assertTrue(contract.getTypes(ObjectTypeDefinition.class).size() > 20, "the contract file was read");
        assertNotNull(actual.getType("Subscription").orElse(null));
        assertTrue(contract.scalars().keySet().stream().anyMatch(s -> s.equals("DateTime")));
        assertTrue(actual.getType("DateTime", ScalarTypeDefinition.class).isPresent());
    }

    /**
     * An argument may be looser than the contract (nullable where the contract says non-null): every value a client
     * written against the contract sends is still accepted. It may not be stricter or of another type.
     */
    static boolean acceptsAllOf(String served, String contract) {
        if (!served.replace("!", "").equals(contract.replace("!", ""))) {
            return false;
        }
        int c = 0;
        for (int s = 0; s < served.length(); s++, c++) {
            if (served.charAt(s) == '!' && (c >= contract.length() || contract.charAt(c) != '!')) {
                return false;
            }
            if (served.charAt(s) != '!' && c < contract.length() && contract.charAt(c) == '!') {
                c++;
            }
        }
        return true;
    }

    private static void compare(String where, String expected, String actual, List<String> problems) {
        if (!expected.equals(actual)) {
            problems.add(where + ": contract " + expected + ", served " + actual);
        }
    }
}
