package vn.thidua.common.error;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
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
                .map(f -> new FieldError(f.field(), f.message().in(locale), f.code())).toList();
        return Problems.respond(e.kind(), e.kind().status(), e.code(), e.detail(), headers, uri, errors, e.related());
    }

    /** Messages are interpolated in the request's language (see {@code RequestLocaleResolver}). */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath().toString()), v.getMessage(), codeOf(v)))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code)).toList();
        return Problems.respond(ProblemKind.VALIDATION, "INVALID_FIELDS",
                Text.of("Có {0} trường không hợp lệ: {1}.", "{0} field(s) are invalid: {1}.").with(errors.size(),
                        String.join(", ", errors.stream().map(FieldError::field).distinct().toList())),
                headers, uri, errors);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, HttpHeaders headers, UriInfo uri) {
        return Problems.respond(ProblemKind.VALIDATION, null, null, headers, uri);
    }

    /** "create.input.decision.number" → "decision.number" (drops method and parameter names). */
    static String fieldOf(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        return parts.length <= 2 ? parts[parts.length - 1] : String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
    }

    /** The constraint's name in UPPER_SNAKE: @NotBlank → NOT_BLANK, @DecimalMax → DECIMAL_MAX. */
    static String codeOf(ConstraintViolation<?> violation) {
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
