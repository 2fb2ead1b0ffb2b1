package vn.thidua.common.error;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem+json responses; shared by the exception mappers of this package. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Problems() {
    }

    static Response respond(ProblemKind kind, String detail, UriInfo uri, List<FieldError> errors) {
        Problem problem = new Problem(kind.type(), kind.title(), kind.status(), detail,
                uri == null ? null : uri.getPath(), errors.isEmpty() ? null : errors);
        return Response.status(kind.status()).type(PROBLEM_JSON).entity(problem).build();
    }

    static Response respond(ProblemKind kind, Text detail, HttpHeaders headers, UriInfo uri) {
        return respond(kind, detail.in(locale(headers)), uri, List.of());
    }

    /** Vietnamese unless the caller prefers English. */
    static Locale locale(HttpHeaders headers) {
        if (headers != null) {
            for (Locale locale : headers.getAcceptableLanguages()) {
                if ("en".equals(locale.getLanguage()) || "vi".equals(locale.getLanguage())) {
                    return locale;
                }
            }
        }
        return VIETNAMESE;
    }

    /** Control characters replaced, so that crafted input cannot forge log lines. */
    static String clean(String text) {
        return text == null ? "-" : text.replaceAll("\\p{Cntrl}", "?");
    }
}
