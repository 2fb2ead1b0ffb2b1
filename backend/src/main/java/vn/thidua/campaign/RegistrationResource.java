package vn.thidua.campaign;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path(RegistrationResource.PATH)
@Tag(name = "registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    static final String PATH = "/api/v1/registrations";

    @Inject
    RegistrationService service;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getRegistration", summary = "Xem đăng ký thi đua / read a registration")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RegistrationData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "updateRegistration", summary = "Sửa đăng ký (dự thảo hoặc bị trả lại) / edit a draft or returned registration")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RegistrationData.class)))
    public Response update(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid RegistrationUpdate input) {
        return Responses.ok(service.update(id, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "changeRegistrationStatus", summary = "Gửi / chấp nhận / trả lại đăng ký / submit, accept or return a registration",
            description = "Gửi: đơn vị (hoặc Ban Thi đua - Khen thưởng); chấp nhận, trả lại (cần lý do): Trưởng khối, Phó trưởng khối, Ban. "
                    + "Gửi sau hạn vẫn được nhận và được đánh dấu gửi muộn. / Submit: the unit; accept, return (with a reason): the managers. "
                    + "A submission after the deadline is received and flagged late.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RegistrationData.class)))
    public Response changeStatus(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid RegistrationStatusChange change) {
        return Responses.ok(service.changeStatus(id, IfMatch.parse(ifMatch), change));
    }
}
