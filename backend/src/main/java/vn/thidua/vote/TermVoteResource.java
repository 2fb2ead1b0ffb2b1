package vn.thidua.vote;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

/** The votes of a term (a path of its own: JAX-RS matches the longest class path first). */
@Path("/api/v1/terms/{termId}/votes")
@Tag(name = "votes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermVoteResource {

    @Inject
    VoteService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listVotes", summary = "Các cuộc bỏ phiếu của năm thi đua / a term's votes",
            description = "Theo thứ tự tạo. Ngoài khối chỉ thấy cuộc đã công bố kết quả / in creation order; outside the bloc published ones only.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = VotePage.class)))
    public VotePage list(@PathParam("termId") Long termId, @BeanParam PageRequest page) {
        return service.list(termId, page);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "createVote", summary = "Tạo cuộc bỏ phiếu / set up a vote",
            description = "Chủ trì (Trưởng khối, Phó trưởng khối) hoặc Ban TĐKT; tại một hội nghị của năm thi đua; bầu Trưởng khối theo quy chế "
                    + "(một lần hay hai lần bỏ phiếu), bình xét khen thưởng từ kết quả xếp hạng đã công bố với chỉ tiêu của quy chế "
                    + "/ the chair or the Board; at one of the term's conferences; leader elections as the rules say (one ballot or two), "
                    + "award votes from the published ranking with the rules' quota.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = VoteData.class)))
    public Response create(@PathParam("termId") Long termId, @NotNull @Valid VoteInput input) {
        var created = service.create(termId, input);
        return Responses.created(VoteService.PATH, created.body().id(), created);
    }
}
