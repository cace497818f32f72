package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lean chain leaves out per-value hooks: no member of the chain may rely on one. */
class LeanInstrumentationTest {

    @Test
    void noMemberOverridesAHookTheChainLeavesOut() {
        List<Instrumentation> members = GraphQLSetup.instrumentations(true, 10, 1000, new SmallRyeQueryCache(),
                new SimpleMeterRegistry());
        assertTrue(members.size() > 5);
        for (Instrumentation member : members) {
            for (Method method : member.getClass().getMethods()) {
                if (LeanInstrumentation.SKIPPED.contains(method.getName())) {
                    Class<?> declaring = method.getDeclaringClass();
                    assertTrue(declaring == Instrumentation.class || declaring == SimplePerformantInstrumentation.class,
                            member.getClass().getName() + " overrides " + method.getName() + ": pass it on in"
                                    + " LeanInstrumentation");
                }
            }
        }
    }
}
