package vn.thidua.common.error;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Domain exceptions and bean-validation failures: the problems callers can act on. */
public class DomainProblemMapper {

    @Inject
    RefusalLog refusals;

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers, UriInfo uri) {
        if (e.kind() == ProblemKind.FORBIDDEN) {
            refusals.forbidden(uri);
        }
        Locale locale = Problems.locale(headers);
        List<FieldError> errors = e.errors().stream()
                .map(f -> new FieldError(f.field(), f.message().in(locale))).toList();
        return Problems.respond(e.kind(), e.detail().in(locale), uri, errors);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        return Problems.respond(ProblemKind.VALIDATION,
                Text.of("Có " + errors.size() + " trường không hợp lệ", errors.size() + " field(s) are invalid")
                        .in(Problems.locale(headers)), uri, errors);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return Problems.respond(ProblemKind.VALIDATION, (String) null, uri, List.of());
    }

    /** "create.input.decision.number" → "decision.number" (drops method and parameter names). */
    static String fieldOf(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        return parts.length <= 2 ? parts[parts.length - 1] : String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
    }
}
