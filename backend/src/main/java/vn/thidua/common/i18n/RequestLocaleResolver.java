package vn.thidua.common.i18n;

import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Bean Validation messages in the request's language, read by the same lenient parser as problem
 * details (so {@code errors[].message} and {@code detail} always agree, and a malformed header falls
 * back to Vietnamese). Ranked before Quarkus' own resolver.
 */
@Singleton
@Priority(100)
public class RequestLocaleResolver implements LocaleResolver {

    @Inject
    CurrentVertxRequest request;

    @Override
    public Locale resolve(LocaleResolverContext context) {
        if (!Arc.container().requestContext().isActive()) {
            return Languages.VIETNAMESE;
        }
        RoutingContext current = request.getCurrent();
        return Languages.preferred(current == null ? null : current.request().getHeader("Accept-Language"));
    }
}
