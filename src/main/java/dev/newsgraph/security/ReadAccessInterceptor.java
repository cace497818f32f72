package dev.newsgraph.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

@ReadAccess
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ReadAccessInterceptor {

    @Inject
    IngestAuthorization authorization;

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        authorization.requireReader();
        return context.proceed();
    }
}
