package vn.thidua.common.error;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** 401 for missing or refused tokens, 403 for roles that may not; both logged. */
public class SecurityProblemMapper {

    @Inject
    RefusalLog refusals;

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(Exception e, HttpHeaders headers, UriInfo uri) {
        refusals.unauthenticated(uri);
        return Response.fromResponse(Problems.respond(ProblemKind.UNAUTHENTICATED, "AUTHENTICATION_REQUIRED",
                Text.of("Cần mã truy cập (Bearer token) hợp lệ.", "A valid bearer token is required."), headers, uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        refusals.forbidden(uri);
        return Problems.respond(ProblemKind.FORBIDDEN, "ROLE_NOT_ALLOWED",
                Text.of("Vai trò của bạn không được phép thực hiện thao tác này.",
                        "Your role does not allow this operation."), headers, uri);
    }
}
