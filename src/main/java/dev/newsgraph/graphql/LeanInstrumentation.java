package dev.newsgraph.graphql;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import java.util.List;

/**
 * The instrumentation chain without the per-value hooks none of its members uses: graphql-java calls begin-field
 * hooks for every value of a result (several each), and the plain chain asks every member each time and allocates a
 * context to say nothing. Members still see every request-level hook and {@code instrumentDataFetcher}.
 * LeanInstrumentationTest checks that no member overrides a hook left out here.
 */
final class LeanInstrumentation extends ChainedInstrumentation {

    /** The hooks called per value that this chain does not pass on. */
    static final List<String> SKIPPED = List.of("beginFieldExecution", "beginFieldFetch", "beginFieldFetching",
            "beginFieldCompletion", "beginFieldListCompletion", "beginExecuteObject");

    LeanInstrumentation(List<Instrumentation> instrumentations) {
        super(instrumentations);
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @SuppressWarnings("deprecation")
    @Override
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return null;
    }
}
