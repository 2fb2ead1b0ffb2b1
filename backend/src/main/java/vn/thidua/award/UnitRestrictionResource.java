package vn.thidua.award;

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

import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path("/api/v1/units/{id}/restrictions")
@Tag(name = "awards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitRestrictionResource {

    @Inject
    RestrictionService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listUnitRestrictions", summary = "Kỷ luật, điều tra, thanh tra, khiếu nại của đơn vị / a unit's restrictions",
            description = "Chỉ Ban TĐKT, Bộ Nội vụ và chính đơn vị (403 AWARD_RESTRICTIONS_CONFIDENTIAL với người khác). Sort: fromDate, kind "
                    + "/ the Board, the Ministry and the unit itself only.")
    public Page<RestrictionData> list(@PathParam("id") Long unitId, @BeanParam PageRequest page) {
        return service.list(unitId, page);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createUnitRestriction", summary = "Ghi nhận kỷ luật, điều tra, thanh tra, khiếu nại / record a restriction",
            description = "Ban TĐKT của tỉnh; trong thời gian hiệu lực đơn vị không được đề nghị khen thưởng "
                    + "/ the Board; while active the unit may not be proposed for an award.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RestrictionData.class)))
    public Response create(@PathParam("id") Long unitId, @NotNull @Valid RestrictionInput input) {
        var created = service.create(unitId, input);
        return Responses.created(RestrictionResource.PATH, created.body().id(), created);
    }
}
