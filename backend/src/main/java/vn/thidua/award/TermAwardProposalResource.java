package vn.thidua.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path("/api/v1/terms/{id}/award-proposals")
@Tag(name = "awards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermAwardProposalResource {

    @Inject
    AwardProposalService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listTermAwardProposals", summary = "Hồ sơ đề nghị khen thưởng của năm thi đua / a term's award dossier",
            description = "Nhiều nhất một; trước khi có quyết định chỉ Ban TĐKT, Bộ và các đơn vị trong khối thấy / at most one; before the "
                    + "decision only the Board, the Ministry and the bloc see it.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AwardProposalPage.class)))
    public AwardProposalPage list(@PathParam("id") Long termId) {
        return service.ofTerm(termId);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "createAwardProposal", summary = "Lập hồ sơ đề nghị khen thưởng / create the term's award dossier",
            description = "Trưởng, Phó trưởng khối hoặc Ban TĐKT; một hồ sơ mỗi năm thi đua (409 AWARD_PROPOSAL_EXISTS). Kết quả bình xét đã "
                    + "chứng nhận tự lập hồ sơ nếu chưa có / the managers; one per term; a certified award vote creates it when missing.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AwardProposalData.class)))
    public Response create(@PathParam("id") Long termId) {
        var created = service.create(termId);
        return Responses.created(AwardProposalResource.PATH, created.body().id(), created);
    }
}
