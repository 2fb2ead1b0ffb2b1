package vn.thidua.vote;

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

/** Certified, published vote results for everyone, without a token. */
@Path("/api/v1/public/votes")
@Tag(name = "votes")
@Produces(MediaType.APPLICATION_JSON)
public class PublicVoteResource {

    @Inject
    VoteService service;

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getPublishedVote", summary = "Kết quả bỏ phiếu đã công nhận và công bố (công khai) / a certified, published vote, public",
            description = "Chỉ khi đã công nhận và công bố; nếu chưa: 404 như không có. Có danh sách biên nhận với lá phiếu và SHA-256 của "
                    + "biên bản kiểm phiếu / CERTIFIED and published only, otherwise 404; with the receipts, their ballots and the minutes' SHA-256.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = VoteData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.published(id));
    }
}
