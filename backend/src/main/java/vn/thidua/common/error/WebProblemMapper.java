package vn.thidua.common.error;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The framework's own HTTP errors (404 route, 405, 406, 415, bodies it could not read) and, last,
 * anything unexpected: a 500 problem with an incident id, never a class name or stack trace.
 * Statuses without a kind of their own keep their status (a 413 stays a 413).
 */
public class WebProblemMapper {

    private static final Logger LOG = Logger.getLogger(WebProblemMapper.class);
    private static final String MULTIPART_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return JsonProblemMapper.parseFailure(json, headers, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemKind kind = ProblemKind.forStatus(status);
        if (kind == ProblemKind.INTERNAL) {
            return unexpected(e, headers, uri);
        }
        return Problems.respond(kind, status, null, null, headers, uri, List.of());
    }

    /**
     * A multipart body the form parser could not read (another boundary, no closing boundary, no parts):
     * the caller's fault, 400. Any other I/O failure stays unexpected.
     */
    @ServerExceptionMapper
    public Response io(IOException e, HttpHeaders headers, UriInfo uri) {
        StackTraceElement[] stack = e.getStackTrace();
        if (stack.length > 0 && stack[0].getClassName().startsWith(MULTIPART_PARSER)) {
            return Problems.respond(ProblemKind.MALFORMED_BODY, "MALFORMED_MULTIPART", Text.of(
                    "Nội dung multipart/form-data không đọc được.", "The multipart/form-data body cannot be read."),
                    headers, uri);
        }
        return unexpected(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            return DatabaseUnavailable.respond(e, headers, uri);
        }
        if (LockConflict.causedBy(e)) {
            return PersistenceProblemMapper.concurrentWrite(e, headers, uri);
        }
        ProblemKind wrapped = PersistenceProblemMapper.kindOfCause(e);
        if (wrapped != null) {
            return PersistenceProblemMapper.forCause(wrapped, headers, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return Problems.respond(ProblemKind.INTERNAL, "INTERNAL_ERROR",
                Text.of("Lỗi hệ thống. Mã sự cố: {0}", "Internal error. Incident id: {0}").with(incident), headers, uri);
    }
}
