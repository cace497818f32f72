package dev.newsgraph.db;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

@RetriedOnStaleConnection
@Interceptor
// Outside @Transactional (PLATFORM_BEFORE + 200): each attempt gets a transaction of its own.
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class StaleConnectionRetry {

    @Inject
    StaleConnections connections;

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        try {
            return connections.retried(() -> {
                try {
                    return context.proceed();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new Checked(e);
                }
            });
        } catch (Checked e) {
            throw (Exception) e.getCause();
        }
    }

    /** Carries a checked exception through the Supplier. */
    private static final class Checked extends RuntimeException {
        Checked(Exception cause) {
            super(null, cause, false, false);
        }
    }
}
