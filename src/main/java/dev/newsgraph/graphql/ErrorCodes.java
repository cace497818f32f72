package dev.newsgraph.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.ExceptionWhileDataFetching;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.GoodFaithIntrospection;
import graphql.introspection.IntrospectionDisabledError;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.smallrye.graphql.execution.error.ErrorInfoMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Gives every error an {@code extensions.code} and nothing else but its {@code classification}: no exception class
 * names, stack traces or SQL reach a client. Errors graphql-java raises itself (bad syntax, unknown fields, values of
 * the wrong type) get the codes clients know from other GraphQL APIs; a failure nobody foresaw is logged and answers
 * INTERNAL_SERVER_ERROR. Also drops the "non-null field was null" follow-up of an object that already failed with its
 * own error, so a refused item reports one error, not two.
 */
final class ErrorCodes extends SimplePerformantInstrumentation {

    static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";

    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);
    private static final String INTERNAL_MESSAGE = "Internal server error: the failure was logged. Try again; if it"
            + " persists, report it with the time of the request.";
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
            if (error instanceof NonNullableFieldWasNullError && causedByAnother(error, result.getErrors())) {
                continue;
            }
            errors.add(withCode(error));
        }
        return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
    }

    /** Another error at this field, a sibling, below it, or one that names no path (an argument refused). */
    private static boolean causedByAnother(GraphQLError nullError, List<GraphQLError> all) {
        List<Object> path = nullError.getPath();
        if (path == null || path.isEmpty()) {
            return false;
        }
        List<Object> parent = path.subList(0, path.size() - 1);
        return all.stream().anyMatch(e -> e != nullError && !(e instanceof NonNullableFieldWasNullError)
                && (e.getPath() == null || e.getPath().isEmpty() || e.getPath().size() >= path.size()
                        && e.getPath().subList(0, parent.size()).equals(parent)));
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (DatabaseUnavailable.causedBy(error)) {
            return DatabaseUnavailable.asError(error);
        }
        Map<String, Object> extensions = error.getExtensions() == null ? Map.of() : error.getExtensions();
        String message = error.getMessage();
        ApiException refusal = refusalOf(error);
        String code = refusal != null ? ErrorInfoMap.getErrorInfo(refusal.getClass().getName()).getErrorCode()
                : extensions.get("code") instanceof String c && !(error instanceof ExceptionWhileDataFetching) ? c
                : codeOf(error);
        if (refusal != null) {
            message = refusal.getMessage();
        } else if (code.equals(INTERNAL_SERVER_ERROR)) {
            Throwable cause = error instanceof ExceptionWhileDataFetching fetching ? fetching.getException() : null;
            LOG.errorf(cause, "Unexpected failure at %s: %s", error.getPath(), message);
            message = INTERNAL_MESSAGE;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("code", code);
        if (error.getErrorType() != null) {
            kept.put("classification", error.getErrorType().toString());
        }
        return GraphqlErrorBuilder.newError().message(message).locations(error.getLocations()).path(error.getPath())
                .errorType(error.getErrorType()).extensions(kept).build();
    }

    /**
     * The API refusal (an exception with an {@code @ErrorCode}, which SmallRye indexes at build time) a resolver failed
     * with; null when it failed with something nobody foresaw.
     */
    private static ApiException refusalOf(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            for (Throwable t = fetching.getException(); t != null; t = t.getCause()) {
                if (t instanceof ApiException api && ErrorInfoMap.getErrorInfo(api.getClass().getName()) != null) {
                    return api;
                }
            }
        }
        return null;
    }

    private static String codeOf(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.InvalidSyntax) {
            return GRAPHQL_PARSE_FAILED;
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return QUERY_TOO_COMPLEX;
        }
        if (error instanceof IntrospectionDisabledError) {
            return GRAPHQL_VALIDATION_FAILED;
        }
        if (error instanceof ValidationError validation) {
            return BAD_VALUES.contains(validation.getValidationErrorType()) ? BAD_USER_INPUT : GRAPHQL_VALIDATION_FAILED;
        }
        if (type == ErrorType.ValidationError) {
            return BAD_USER_INPUT; // a variable whose value does not fit its type
        }
        return INTERNAL_SERVER_ERROR; // a resolver failure other than a refusal, or an error nobody foresaw
    }
}
