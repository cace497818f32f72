package dev.newsgraph.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Gives every error an {@code extensions.code}: errors graphql-java raises itself (bad syntax, unknown fields, values
 * of the wrong type) get the codes clients know from other GraphQL APIs. Also drops the "non-null field was null"
 * follow-up of an object that already failed with its own error, so a refused item reports one error, not two.
 */
final class ErrorCodes extends SimplePerformantInstrumentation {

    private static final Set<ValidationErrorType> BAD_VALUES = Set.of(ValidationErrorType.WrongType,
            ValidationErrorType.NullValueForNonNullArgument, ValidationErrorType.MissingFieldArgument);

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>();
        for (GraphQLError error : result.getErrors()) {
            if (error instanceof NonNullableFieldWasNullError && siblingFailed(error, result.getErrors())) {
                continue;
            }
            errors.add(withCode(error));
        }
        return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
    }

    private static boolean siblingFailed(GraphQLError nullError, List<GraphQLError> all) {
        List<Object> path = nullError.getPath();
        if (path == null || path.isEmpty()) {
            return false;
        }
        List<Object> parent = path.subList(0, path.size() - 1);
        return all.stream().anyMatch(e -> e != nullError && !(e instanceof NonNullableFieldWasNullError)
                && e.getPath() != null && e.getPath().size() == path.size()
                && e.getPath().subList(0, parent.size()).equals(parent));
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (DatabaseUnavailable.causedBy(error)) {
            return DatabaseUnavailable.asError(error);
        }
        Map<String, Object> extensions = error.getExtensions() == null ? Map.of() : error.getExtensions();
        if (extensions.containsKey("code")) {
            return error;
        }
        String code = codeOf(error);
        if (code == null) {
            return error;
        }
        Map<String, Object> withCode = new HashMap<>(extensions);
        withCode.put("code", code);
        withCode.putIfAbsent("classification", error.getErrorType() == null ? null : error.getErrorType().toString());
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(error.getErrorType()).extensions(withCode).build();
    }

    private static String codeOf(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.InvalidSyntax) {
            return "GRAPHQL_PARSE_FAILED";
        }
        if (error instanceof ValidationError validation) {
            return BAD_VALUES.contains(validation.getValidationErrorType()) ? "BAD_USER_INPUT"
                    : "GRAPHQL_VALIDATION_FAILED";
        }
        if (type == ErrorType.ValidationError) {
            return "BAD_USER_INPUT"; // a variable whose value does not fit its type
        }
        return null;
    }
}
