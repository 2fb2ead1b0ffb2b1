package vn.thidua.sheet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path(ScoringRoundResource.PATH)
@Tag(name = "scoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoringRoundResource {

    static final String PATH = "/api/v1/scoring-rounds";

    @Inject
    RoundService service;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getScoringRound", summary = "Xem đợt chấm điểm và các bảng chấm / read a scoring round")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ScoringRoundData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "changeScoringRoundStatus", summary = "Bắt đầu hoặc kết thúc chấm chéo / start or close the review",
            description = "SELF_SCORING → REVIEWING (mọi bảng đã nộp có đơn vị chấm) → REVIEW_CLOSED (mọi bảng đã vào chấm chéo, mọi phần chấm đã nộp) "
                    + "/ reviewing needs reviewers for every submitted sheet; closing needs every sheet in review and every review submitted.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ScoringRoundData.class)))
    public Response changeStatus(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid RoundStatusChange change) {
        return Responses.ok(service.changeStatus(id, IfMatch.parse(ifMatch), change));
    }

    @PUT
    @Path("{id}/reviewers")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "assignScoringReviewers", summary = "Phân công chấm chéo / assign the reviewers")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ScoringRoundData.class)))
    public Response assignReviewers(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid ReviewerPlan plan) {
        return Responses.ok(service.assignReviewers(id, IfMatch.parse(ifMatch), plan));
    }

    @POST
    @Path("{id}/consolidation")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "consolidateScoringRound", summary = "Tổng hợp điểm mọi bảng / consolidate every sheet",
            description = "Sau khi kết thúc chấm chéo, theo quy tắc tổng hợp của đợt / once review is closed, by the round's rule.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ScoringRoundData.class)))
    public Response consolidate(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch) {
        return Responses.ok(service.consolidateAll(id, IfMatch.parse(ifMatch)));
    }

    @POST
    @Path("{id}/finalization")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "finalizeScoringRound", summary = "Chốt điểm chính thức mọi bảng đã tổng hợp / finalise every consolidated sheet")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ScoringRoundData.class)))
    public Response finalizeAll(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch) {
        return Responses.ok(service.finalizeAll(id, IfMatch.parse(ifMatch)));
    }
}
