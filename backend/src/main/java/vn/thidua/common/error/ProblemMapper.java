package vn.thidua.common.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into RFC 9457 problem details. Never exposes class names or stack traces:
 * unexpected errors are logged with an id that the response repeats.
 */
public class ProblemMapper {

    @jakarta.inject.Inject
    io.quarkus.security.identity.CurrentIdentityAssociation identities;

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers, UriInfo uri) {
        if (e.kind() == ProblemKind.FORBIDDEN) {
            logRefusal(uri);
        }
        Locale locale = locale(headers);
        List<FieldError> errors = e.errors().stream()
                .map(f -> new FieldError(f.field(), f.message().in(locale)))
                .toList();
        return respond(e.kind(), e.detail().in(locale), uri, errors);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath().toString()), violation.getMessage()));
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        return respond(ProblemKind.VALIDATION,
                Text.of("Có " + errors.size() + " trường không hợp lệ", errors.size() + " field(s) are invalid")
                        .in(locale(headers)),
                uri, errors);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemKind.VALIDATION, null, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        String field = pathOf(e);
        return respond(ProblemKind.VALIDATION,
                Text.of("Trường không được phép: " + field, "Unknown or read-only field: " + field).in(locale(headers)),
                uri, List.of(new FieldError(field,
                        Text.of("Trường không được phép gửi", "This field may not be set").in(locale(headers)))));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        return wrongType(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return wrongType(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        return wrongType(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return malformed(headers, uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return malformed(headers, uri);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response staleVersion(Exception e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemKind.PRECONDITION_FAILED,
                Text.of("Bản ghi vừa được người khác cập nhật; hãy tải lại rồi sửa tiếp.",
                        "Someone else updated this record; reload it and apply your change again.").in(locale(headers)),
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response dbConstraint(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers,
            UriInfo uri) {
        LOG.infof("Database constraint %s refused a write", e.getConstraintName());
        return respond(ProblemKind.CONFLICT,
                Text.of("Thao tác trùng hoặc mâu thuẫn với dữ liệu đã có (có thể do người khác vừa thay đổi).",
                        "The change clashes with existing data (possibly a concurrent change).").in(locale(headers)),
                uri, List.of());
    }

    /** Two writers collided on the same rows (deadlock, lock timeout): the caller may simply retry. */
    @ServerExceptionMapper({ org.hibernate.exception.LockAcquisitionException.class,
            jakarta.persistence.PessimisticLockException.class, jakarta.persistence.LockTimeoutException.class })
    public Response lockConflict(Exception e, HttpHeaders headers, UriInfo uri) {
        LOG.infof("Concurrent write collided: %s", e.getClass().getSimpleName());
        return respond(ProblemKind.CONFLICT,
                Text.of("Dữ liệu đang được người khác cập nhật; hãy thử lại.",
                        "Someone else is updating the same data; try again.").in(locale(headers)),
                uri, List.of());
    }

    /** A value the database cannot hold that validation let through: still the caller's input. */
    @ServerExceptionMapper
    public Response dbData(org.hibernate.exception.DataException e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("Database refused a value: %s", e.getSQLException().getMessage());
        return respond(ProblemKind.VALIDATION,
                Text.of("Có giá trị vượt quá giới hạn cho phép.", "A value is out of the allowed range.")
                        .in(locale(headers)), uri, List.of());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(Exception e, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(respond(ProblemKind.UNAUTHENTICATED,
                Text.of("Cần mã truy cập (Bearer token) hợp lệ.", "A valid bearer token is required.")
                        .in(locale(headers)), uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        logRefusal(uri);
        return respond(ProblemKind.FORBIDDEN,
                Text.of("Vai trò của bạn không được phép thực hiện thao tác này.",
                        "Your role does not allow this operation.").in(locale(headers)),
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            return wrongType(mapping, headers, uri);
        }
        if (e.getCause() instanceof JsonProcessingException) {
            return malformed(headers, uri);
        }
        ProblemKind kind = ProblemKind.forStatus(e.getResponse().getStatus());
        if (kind == ProblemKind.INTERNAL) {
            return unexpected(e, uri);
        }
        return respond(kind, null, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Throwable cause = rootCauseOfInterest(e);
        if (cause != null && cause != e) {
            return respondToCause(cause, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(ProblemKind.INTERNAL, "Mã sự cố / incident id: " + incident, uri, List.of());
    }

    /** Optimistic-lock and constraint failures can arrive wrapped (e.g. raised at commit). */
    private Response respondToCause(Throwable cause, UriInfo uri) {
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return respond(ProblemKind.PRECONDITION_FAILED, null, uri, List.of());
        }
        if (cause instanceof org.hibernate.exception.ConstraintViolationException
                || cause instanceof org.hibernate.exception.LockAcquisitionException) {
            return respond(ProblemKind.CONFLICT, null, uri, List.of());
        }
        return respond(ProblemKind.INTERNAL, null, uri, List.of());
    }

    private static Throwable rootCauseOfInterest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private Response wrongType(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        String field = pathOf(e);
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (field.isEmpty() || original.startsWith("Unexpected end-of-input")) {
            return malformed(headers, uri);
        }
        Text message = Text.of("Giá trị sai kiểu hoặc không thuộc danh sách cho phép",
                "Wrong type or a value outside the allowed list");
        return respond(ProblemKind.VALIDATION, message.in(locale(headers)), uri,
                List.of(new FieldError(field, message.in(locale(headers)))));
    }

    private Response malformed(HttpHeaders headers, UriInfo uri) {
        return respond(ProblemKind.MALFORMED_BODY,
                Text.of("Nội dung JSON không hợp lệ.", "The request body is not valid JSON.").in(locale(headers)),
                uri, List.of());
    }

    /** Who was refused where; control characters stripped so crafted input cannot forge log lines. */
    private void logRefusal(UriInfo uri) {
        String who = "-";
        try {
            var identity = identities.getIdentity();
            who = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        } catch (RuntimeException e) {
            // no established identity: keep "-"
        }
        LOG.infof("Authorisation refused for %s on %s", clean(who), clean(uri == null ? null : uri.getPath()));
    }

    private static String clean(String text) {
        return text == null ? "-" : text.replaceAll("\\p{Cntrl}", "?");
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** "create.input.decision.number" → "decision.number" (drops method and parameter names). */
    static String fieldOf(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        if (parts.length <= 2) {
            return parts[parts.length - 1];
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }

    static Locale locale(HttpHeaders headers) {
        if (headers == null) {
            return Locale.forLanguageTag("vi");
        }
        List<Locale> accepted = headers.getAcceptableLanguages();
        for (Locale locale : accepted) {
            if ("en".equals(locale.getLanguage()) || "vi".equals(locale.getLanguage())) {
                return locale;
            }
        }
        return Locale.forLanguageTag("vi");
    }

    private static Response respond(ProblemKind kind, String detail, UriInfo uri, List<FieldError> errors) {
        String instance = uri == null ? null : uri.getPath();
        if (kind == ProblemKind.UNAUTHENTICATED) {
            LOG.infof("Authentication refused on %s", clean(instance));
        }
        Problem problem = new Problem(kind.type(), kind.title(), kind.status(), detail, instance,
                errors.isEmpty() ? null : errors);
        return Response.status(kind.status()).type(PROBLEM_JSON).entity(problem).build();
    }
}
