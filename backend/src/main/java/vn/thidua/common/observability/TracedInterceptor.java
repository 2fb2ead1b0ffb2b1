package vn.thidua.common.observability;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/** Opens the span of {@link Traced}; it encloses the service's transaction (so its SQL too). */
@Traced
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TracedInterceptor {

    @Inject
    Tracer tracer;

    @AroundInvoke
    Object span(InvocationContext invocation) throws Exception {
        String name = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        Span span = tracer.spanBuilder(name).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return invocation.proceed();
        } catch (Exception | Error e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }
}
