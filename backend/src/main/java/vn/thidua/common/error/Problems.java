package vn.thidua.common.error;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.thidua.common.i18n.Languages;

/** Builds problem+json responses; shared by the exception mappers of this package and the HTTP layer. */
public final class Problems {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    /** The problem body; {@code detail} null → the kind's default detail; {@code code} null → the kind's. */
    public static Problem problem(ProblemKind kind, int status, String code, String detail, Locale locale,
            String path, List<FieldError> errors) {
        return new Problem(kind.type(), kind.title(), status, code == null ? kind.defaultCode() : code,
                detail == null ? kind.defaultDetail().in(locale) : detail, path,
                errors == null || errors.isEmpty() ? null : errors, null);
    }

    static Response respond(ProblemKind kind, String code, Text detail, HttpHeaders headers, UriInfo uri,
            List<FieldError> errors) {
        return respond(kind, kind.status(), code, detail, headers, uri, errors);
    }

    static Response respond(ProblemKind kind, int status, String code, Text detail, HttpHeaders headers, UriInfo uri,
            List<FieldError> errors) {
        return respond(kind, status, code, detail, headers, uri, errors, List.of());
    }

    static Response respond(ProblemKind kind, int status, String code, Text detail, HttpHeaders headers, UriInfo uri,
            List<FieldError> errors, List<ProblemRelated.Pending> related) {
        Locale locale = locale(headers);
        Problem problem = problem(kind, status, code, detail == null ? null : detail.in(locale), locale,
                uri == null ? null : uri.getPath(), errors).withRelated(related.stream().map(r -> r.in(locale)).toList());
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }

    static Response respond(ProblemKind kind, String code, Text detail, HttpHeaders headers, UriInfo uri) {
        return respond(kind, code, detail, headers, uri, List.of());
    }

    /** Vietnamese unless the caller prefers English; a malformed Accept-Language is ignored. */
    public static Locale locale(HttpHeaders headers) {
        return Languages.preferred(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Control characters replaced, so that crafted input cannot forge log lines. */
    public static String clean(String text) {
        return text == null ? "-" : text.replaceAll("\\p{Cntrl}", "?");
    }
}
