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

@Path("/api/v1/campaigns/{id}/registrations")
@Tag(name = "registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignRegistrationResource {

    @Inject
    RegistrationService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listCampaignRegistrations", summary = "Đăng ký của phong trào, đơn vị chưa đăng ký, gửi muộn / a campaign's registrations, who has not registered, who was late")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RegistrationOverview.class)))
    public Response list(@PathParam("id") Long id) {
        return Response.ok(service.list(id)).build();
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "createRegistration", summary = "Đăng ký thi đua (dự thảo) / draft a unit's registration",
            description = "Cán bộ đơn vị chỉ đăng ký cho đơn vị mình; mỗi đơn vị một đăng ký cho một phong trào. "
                    + "/ An officer registers its own unit only; one registration per unit and campaign.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RegistrationData.class)))
    public Response create(@PathParam("id") Long id, @NotNull @Valid RegistrationInput input) {
        var registration = service.create(id, input);
        return Responses.created(RegistrationResource.PATH, registration.body().id(), registration);
    }
}
