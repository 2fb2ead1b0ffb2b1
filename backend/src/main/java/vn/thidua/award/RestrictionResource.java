package vn.thidua.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path(RestrictionResource.PATH)
@Tag(name = "awards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RestrictionResource {

    static final String PATH = "/api/v1/restrictions";

    @Inject
    RestrictionService service;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getRestriction", summary = "Xem một thông tin kỷ luật, thanh tra, khiếu nại / read a restriction",
            description = "Người không được xem: 404 như không có / others: 404 as for a missing one.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RestrictionData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateRestriction", summary = "Sửa thông tin kỷ luật, thanh tra, khiếu nại (kết thúc, kết quả) / update a restriction")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RestrictionData.class)))
    public Response update(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid RestrictionInput input) {
        return Responses.ok(service.update(id, IfMatch.parse(ifMatch), input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteRestriction", summary = "Xóa thông tin ghi nhầm / delete a restriction recorded by mistake")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return Responses.noContent();
    }
}
