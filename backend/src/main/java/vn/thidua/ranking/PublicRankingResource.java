package vn.thidua.ranking;

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

/** Published rankings for everyone, without a token (DOMAIN.md: the public sees published results). */
@Path("/api/v1/public/rankings")
@Tag(name = "rankings")
@Produces(MediaType.APPLICATION_JSON)
public class PublicRankingResource {

    @Inject
    RankingService service;

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getPublishedRanking", summary = "Kết quả xếp hạng đã công bố (công khai, không cần đăng nhập) / a published ranking, public",
            description = "Chỉ khi đã công bố; nếu chưa: 404 như không có / PUBLISHED only; otherwise 404 as for a missing one.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RankingData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.published(id));
    }
}
