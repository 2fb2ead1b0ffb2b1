package vn.thidua.ranking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path("/api/v1/scoring-rounds/{roundId}/ranking")
@Tag(name = "rankings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundRankingResource {

    @Inject
    RankingService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getRoundRanking", summary = "Kết quả xếp hạng của đợt chấm điểm / a scoring round's ranking",
            description = "Trước khi công bố chỉ Ban TĐKT và Trưởng, Phó trưởng khối xem được (các đơn vị khác: 404) "
                    + "/ before publication only the Board and the term's managers see it (others: 404).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RankingData.class)))
    public Response get(@PathParam("roundId") Long roundId) {
        return Responses.ok(service.ofRound(roundId));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "computeRanking", summary = "Tính (hoặc tính lại) kết quả xếp hạng / compute or recompute the ranking",
            description = "Khi đã kết thúc chấm chéo và mọi bảng chấm đã có điểm chính thức (422 RANKING_SHEETS_NOT_FINAL); tính lại khi còn "
                    + "dự thảo, gửi If-Match của kết quả; hạt giống bốc thăm giữ nguyên / once the review is closed and every sheet is FINAL; "
                    + "a recompute (DRAFT only) sends the ranking's If-Match and keeps the lot's seed.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RankingData.class)))
    public Response compute(@PathParam("roundId") Long roundId,
            @HeaderParam("If-Match") @Parameter(description = "Cần khi tính lại / required to recompute") String ifMatch) {
        return Responses.ok(service.compute(roundId, ifMatch));
    }
}
