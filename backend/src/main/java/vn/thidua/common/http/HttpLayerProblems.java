package vn.thidua.common.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.thidua.common.error.Problem;
import vn.thidua.common.error.ProblemKind;
import vn.thidua.common.error.Problems;
import vn.thidua.common.error.Text;
import vn.thidua.common.i18n.Languages;

/**
 * Problems the HTTP layer answers before any resource runs, so that they are problem+json too:
 * URI too long (414), headers too large (431), body too large (413), a refused CORS origin or method
 * (403), unknown routes and methods outside the REST layer (404, 405), and any other routing failure.
 * The limits checked here sit below Vert.x's decoder limits (application.properties), which would
 * otherwise answer with an empty body; Quarkus' own checks (upload limit, CORS) run after this one.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "thidua.http.max-uri-length", defaultValue = "4096")
    int maxUriLength;

    @ConfigProperty(name = "thidua.http.max-headers-size", defaultValue = "16384")
    int maxHeadersSize;

    /** JSON and other bodies; multipart uploads may go up to the server's own limit (files have per-kind limits). */
    @ConfigProperty(name = "thidua.http.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxUploadSize;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    java.util.Optional<List<String>> corsOrigins;

    @ConfigProperty(name = "quarkus.http.cors.methods")
    java.util.Optional<List<String>> corsMethods;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::guard);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        for (int status : new int[] { 400, 404, 405, 406, 413, 414, 415, 431, 500, 501, 503 }) {
            router.errorHandler(status, this::failure);
        }
    }

    void guard(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxUriLength) {
            answer(ctx, ProblemKind.URI_TOO_LONG, 414, "URI_TOO_LONG", Text.of(
                    "Địa chỉ yêu cầu dài quá {0} ký tự.", "The request URI is longer than {0} characters.")
                    .with(maxUriLength));
            return;
        }
        long headerBytes = request.headers().entries().stream()
                .mapToLong(e -> e.getKey().length() + e.getValue().length() + 4L).sum();
        if (headerBytes > maxHeadersSize) {
            answer(ctx, ProblemKind.HEADERS_TOO_LARGE, 431, "HEADERS_TOO_LARGE", Text.of(
                    "Phần đầu yêu cầu vượt quá {0} byte.", "The request headers exceed {0} bytes.").with(maxHeadersSize));
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared < 0) {
                answer(ctx, ProblemKind.BAD_REQUEST, 400, "INVALID_CONTENT_LENGTH",
                        Text.of("Content-Length không hợp lệ.", "Content-Length is not valid."));
                return;
            }
            String type = ctx.request().getHeader("Content-Type");
            long limit = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                    ? maxUploadSize.asLongValue() : maxBodySize.asLongValue();
            if (declared > limit) {
                answer(ctx, ProblemKind.PAYLOAD_TOO_LARGE, 413, "BODY_TOO_LARGE", Text.of(
                        "Nội dung yêu cầu vượt quá {0} byte.", "The request body exceeds {0} bytes.")
                        .with(limit));
                return;
            }
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !originAllowed(request, origin)) {
            answer(ctx, ProblemKind.FORBIDDEN, 403, "CORS_ORIGIN_REFUSED", Text.of(
                    "Nguồn gọi (Origin) không được phép truy cập API.", "This origin may not call the API."));
            return;
        }
        String preflight = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (origin != null && preflight != null && request.method().name().equals("OPTIONS")
                && !methods().contains(preflight.trim().toUpperCase(Locale.ROOT))) {
            answer(ctx, ProblemKind.FORBIDDEN, 403, "CORS_METHOD_REFUSED", Text.of(
                    "Phương thức {0} không được phép gọi từ trình duyệt.", "Method {0} may not be called cross-origin.")
                    .with(Problems.clean(preflight)));
            return;
        }
        ctx.next();
    }

    /** Routing failures (ctx.fail, unmatched routes and methods) become problems with their own status. */
    void failure(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status >= 500 && ctx.failure() != null) {
            LOG.errorf(ctx.failure(), "Unhandled failure on %s", Problems.clean(ctx.request().path()));
        }
        answer(ctx, ProblemKind.forStatus(status), status, null, null);
    }

    private boolean originAllowed(HttpServerRequest request, String origin) {
        if (corsOrigins.map(list -> list.contains("*") || list.contains(origin)).orElse(false)) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String authority = request.authority() == null ? request.getHeader(HttpHeaders.HOST)
                    : request.authority().toString();
            return uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(authority)
                    && (uri.getPath() == null || uri.getPath().isEmpty());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Set<String> methods() {
        return corsMethods.map(list -> list.stream().map(m -> m.trim().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet())).orElse(Set.of("GET", "HEAD", "POST"));
    }

    private void answer(RoutingContext ctx, ProblemKind kind, int status, String code, Text detail) {
        Locale locale = Languages.preferred(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = Problems.problem(kind, status, code, detail == null ? null : detail.in(locale), locale,
                truncate(ctx.request().path()), List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"" + kind.type() + "\",\"status\":" + status + "}";
        }
        var response = ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problems.PROBLEM_JSON)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (status == 413 || status == 414 || status == 431 || status == 400) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }

    private String truncate(String path) {
        return path == null ? null : path.length() > 200 ? path.substring(0, 200) + "…" : path;
    }
}
