package vn.thidua.leadership;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.web.Responses;

/** A bloc's confirmed leaders for everyone, without a token (DOMAIN.md: the public sees published leaders). */
@Path("/api/v1/public/blocs/{blocId}/leaders")
@Tag(name = "leadership")
@Produces(MediaType.APPLICATION_JSON)
public class PublicLeadersResource {

    @Inject
    LeadershipService service;

    @GET
    @PermitAll
    @Operation(operationId = "getPublishedLeaders", summary = "Trưởng khối, Phó trưởng khối đã xác nhận theo năm (công khai) / a bloc's confirmed leaders, public",
            description = "Chỉ kết quả đã được Ban xác nhận (CONFIRMED, HANDED_OVER), năm mới nhất trước / confirmed results only, newest year first.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PublicLeadersData.class)))
    public Response get(@PathParam("blocId") Long blocId) {
        return Responses.ok(service.published(blocId));
    }
}
