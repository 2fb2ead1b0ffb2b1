package vn.thidua.common.error;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * The framework's own HTTP errors (404 route, 405, 406, 415, bodies it could not read) and, last,
 * anything unexpected: a 500 problem with an incident id, never a class name or stack trace.
 */
public class WebProblemMapper {

    private static final Logger LOG = Logger.getLogger(WebProblemMapper.class);

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            return JsonProblemMapper.wrongType(mapping, headers, uri);
        }
        if (e.getCause() instanceof JsonProcessingException) {
            return JsonProblemMapper.malformed(headers, uri);
        }
        ProblemKind kind = ProblemKind.forStatus(e.getResponse().getStatus());
        return kind == ProblemKind.INTERNAL ? unexpected(e, headers, uri) : Problems.respond(kind, (String) null, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            return DatabaseUnavailable.respond(e, headers, uri);
        }
        ProblemKind wrapped = PersistenceProblemMapper.kindOfCause(e);
        if (wrapped != null) {
            return PersistenceProblemMapper.forCause(wrapped, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return Problems.respond(ProblemKind.INTERNAL, "Mã sự cố / incident id: " + incident, uri, List.of());
    }
}
