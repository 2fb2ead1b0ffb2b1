package vn.thidua.leadership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/blocs/{blocId}/rotation-order")
@Tag(name = "leadership")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BlocRotationOrderResource {

    @Inject
    RotationService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getRotationOrder", summary = "Thứ tự luân phiên Trưởng khối / the bloc's rotation order",
            description = "Rỗng khi chưa ghi; ETag dùng cho lần ghi đầu / empty until recorded; its ETag serves the first write.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RotationOrderData.class)))
    public Response get(@PathParam("blocId") Long blocId) {
        return Responses.ok(service.order(blocId));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateRotationOrder", summary = "Ghi thứ tự luân phiên / record the rotation order",
            description = "Ban TĐKT; đơn vị của tỉnh, mỗi đơn vị một lượt (422 ROTATION_UNIT_TWICE, ROTATION_UNIT_UNKNOWN) / the Board; units of the "
                    + "bloc's province, each once.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RotationOrderData.class)))
    public Response update(@PathParam("blocId") Long blocId, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid RotationOrderInput input) {
        return Responses.ok(service.replace(blocId, IfMatch.parse(ifMatch), input));
    }
}
