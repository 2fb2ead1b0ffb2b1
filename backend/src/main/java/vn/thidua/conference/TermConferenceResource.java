package vn.thidua.conference;

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

/** The conferences of a term (a path of its own: JAX-RS matches the longest class path first). */
@Path("/api/v1/terms/{termId}/conferences")
@Tag(name = "conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermConferenceResource {

    @Inject
    ConferenceService service;

    @GET
        @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listConferences", summary = "Hội nghị của năm thi đua / a term's conferences",
            description = "Theo ngày. Ngoài khối chỉ thấy hội nghị đã tổ chức / by date; outside the bloc only conferences that took place.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ConferencePage.class)))
    public ConferencePage list(@PathParam("termId") Long termId, @BeanParam PageRequest page) {
        return service.list(termId, page);
    }

    @POST
        @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "createConference", summary = "Lên lịch hội nghị / schedule a conference",
            description = "Trưởng khối, Phó trưởng khối hoặc Ban TĐKT; ngày đã qua cũng ghi được / the term's managers; past dates may be recorded.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ConferenceData.class)))
    public Response create(@PathParam("termId") Long termId, @NotNull @Valid ConferenceInput input) {
        var created = service.create(termId, input);
        return Responses.created(ConferenceResource.PATH, created.body().id(), created);
    }

}
