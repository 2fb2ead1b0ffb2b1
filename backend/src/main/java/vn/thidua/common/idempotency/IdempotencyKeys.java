package vn.thidua.common.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.BlockingOperationSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.SecurityIdentity;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.ProblemKind;
import vn.thidua.common.error.Text;
import vn.thidua.common.http.BoundedBodies;

/**
 * The {@code Idempotency-Key} header on every write of the API (POST, PUT, PATCH, DELETE), with no code
 * in the features (ADR 0016). Without the header nothing happens here (no body read, no database).
 * With it, for a signed-in caller: the body is read once (within the body limits) and hashed with the
 * method, path, query and Content-Type; the key is claimed in its own committed transaction; the
 * handler runs; its answer (status below 500) is stored as sent and replayed to any retry with
 * {@code Idempotent-Replayed: true}, byte for byte, without running the handler again. A 5xx frees the
 * key. Anonymous callers' headers are ignored: nothing is stored for them (the API refuses them anyway).
 */
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final int MAX_LENGTH = 100;
    /** 1–100 printable ASCII characters (space to tilde). */
    public static final String PATTERN = "^[\\x20-\\x7E]{1,100}$";

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String OWNED = IdempotencyKeys.class.getName() + ".owned";
    private static final String RETRY_AFTER = IdempotencyKeys.class.getName() + ".retryAfter";

    @Inject
    IdempotencyStore store;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "thidua.http.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxUploadSize;

    /** After the caller's scope is resolved (ScopeFilter, USER), before the body is read. */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Response claim(ContainerRequestContext request) throws IOException {
        List<String> values = request.getHeaders().get(HEADER);
        if (values == null || values.isEmpty() || !WRITES.contains(request.getMethod())) {
            return null;
        }
        String key = valid(values);
        if (identity.isAnonymous() || !BlockingOperationSupport.isBlockingAllowed()) {
            return null;
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        byte[] body = read(request, contentType);
        URI uri = request.getUriInfo().getRequestUri();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        byte[] hash = RequestFingerprint.of(request.getMethod(), target, contentType, body);
        IdempotencyStore.Claim claim = store.claim(caller(), key, hash);
        if (claim instanceof IdempotencyStore.Owned owned) {
            request.setProperty(OWNED, owned);
            return null;
        }
        if (claim instanceof IdempotencyStore.Replay replay) {
            return replay(replay.answer());
        }
        if (claim instanceof IdempotencyStore.InProgress progress) {
            request.setProperty(RETRY_AFTER, progress.secondsLeft());
            throw new DomainException(ProblemKind.CONFLICT, "IDEMPOTENCY_IN_PROGRESS", Text.of(
                    "Một yêu cầu khác với cùng Idempotency-Key đang được xử lý; hãy thử lại sau {0} giây.",
                    "Another request with the same Idempotency-Key is still being processed; retry in {0} s.")
                    .with(progress.secondsLeft()));
        }
        throw new DomainException(ProblemKind.RULE_VIOLATION, "IDEMPOTENCY_KEY_REUSED", Text.of(
                "Idempotency-Key này đã được dùng cho một yêu cầu khác (khác phương thức, địa chỉ hoặc nội dung); "
                        + "hãy dùng khóa mới cho yêu cầu mới.",
                "This Idempotency-Key was used for a different request (method, address or body); "
                        + "use a new key for a new request."),
                List.of(new DomainException.FieldText(HEADER, "IDEMPOTENCY_KEY_REUSED",
                        Text.of("đã dùng cho yêu cầu khác", "was used for a different request"))));
    }

    /** Stores the first answer (status below 500) as sent, or frees the key; adds Retry-After to a 409. */
    @ServerResponseFilter
    public void complete(ContainerRequestContext request, ContainerResponseContext response) {
        Object retryAfter = request.getProperty(RETRY_AFTER);
        if (retryAfter != null) {
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, retryAfter.toString());
            return;
        }
        if (!(request.getProperty(OWNED) instanceof IdempotencyStore.Owned owned)) {
            return;
        }
        request.removeProperty(OWNED);
        if (response.getStatus() >= 500) {
            store.release(owned);
            return;
        }
        byte[] body;
        try {
            body = bytes(response.getEntity());
        } catch (JsonProcessingException e) {
            body = null;
        }
        if (response.hasEntity() && body == null) {
            LOG.warnf("Answer of type %s cannot be stored for an Idempotency-Key; the key is freed",
                    response.getEntity().getClass().getSimpleName());
            store.release(owned);
            return;
        }
        if (body != null) {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
        MediaType type = response.getMediaType();
        store.complete(owned, new IdempotencyStore.Stored(response.getStatus(), type == null ? null : type.toString(),
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG), body));
    }

    private Response replay(IdempotencyStore.Stored answer) {
        Response.ResponseBuilder builder = Response.status(answer.status()).header(REPLAYED, "true");
        if (answer.body() != null) {
            builder.entity(answer.body()).type(answer.contentType());
        }
        if (answer.location() != null) {
            builder.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            builder.header(HttpHeaders.ETAG, answer.etag());
        }
        return builder.build();
    }

    /** The answer's body as the JSON writer would send it; null for one that cannot be captured (a stream). */
    private byte[] bytes(Object entity) throws JsonProcessingException {
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof InputStream || entity instanceof java.io.File || entity instanceof java.nio.file.Path
                || entity instanceof jakarta.ws.rs.core.StreamingOutput) {
            return null;
        }
        return json.writeValueAsBytes(entity);
    }

    /** The token's subject (stable across renames), else the principal's name. */
    private String caller() {
        String subject = token == null ? null : token.getSubject();
        return subject != null && !subject.isBlank() ? subject : identity.getPrincipal().getName();
    }

    /** The body, read once within the limits of {@link BoundedBodies} (uploads: the upload limit), and put back. */
    private byte[] read(ContainerRequestContext request, String contentType) throws IOException {
        long limit = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                ? maxUploadSize.asLongValue() : maxBodySize.asLongValue();
        InputStream in = request.getEntityStream();
        if (in == null) {
            return new byte[0];
        }
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            throw BoundedBodies.tooLarge(limit);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        return body;
    }

    static String valid(List<String> values) {
        String key = values.size() == 1 ? values.get(0) : null;
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)
                || key.isBlank()) {
            throw new DomainException(ProblemKind.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID", Text.of(
                    "Idempotency-Key phải là một giá trị duy nhất gồm 1–{0} ký tự ASCII in được.",
                    "Idempotency-Key must be a single value of 1–{0} printable ASCII characters.").with(MAX_LENGTH),
                    List.of(new DomainException.FieldText(HEADER, "IDEMPOTENCY_KEY_INVALID",
                            Text.of("phải gồm 1–100 ký tự ASCII in được", "must be 1–100 printable ASCII characters"))));
        }
        return key;
    }
}
