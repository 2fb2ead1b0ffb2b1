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

@Path("/api/v1/terms/{termId}/scoring")
@Tag(name = "scoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermScoringResource {

    @Inject
    RoundService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getTermScoring", summary = "Đợt chấm điểm của năm thi đua / the term's scoring round",
            description = "Thành viên khối và Ban TĐKT; 404 khi chưa mở / the bloc and the Board; 404 until opened.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ScoringRoundData.class)))
    public Response get(@PathParam("termId") Long termId) {
        return Responses.ok(service.ofTerm(termId));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "openTermScoring", summary = "Mở chấm điểm theo thang điểm đã thông qua / open scoring",
            description = "Trưởng khối, Phó trưởng khối hoặc Ban TĐKT; tạo bảng chấm cho mỗi thành viên; thang điểm được cố định "
                    + "/ the term's managers; one sheet per member; the adopted scheme is frozen for the round.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ScoringRoundData.class)))
    public Response open(@PathParam("termId") Long termId, @NotNull @Valid ScoringRoundInput input) {
        var created = service.open(termId, input);
        return Responses.created(ScoringRoundResource.PATH, created.body().id(), created);
    }
}
