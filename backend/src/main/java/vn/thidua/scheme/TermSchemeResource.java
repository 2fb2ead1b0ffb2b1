package vn.thidua.scheme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/v1/terms/{termId}/schemes")
@Tag(name = "schemes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermSchemeResource {

    @Inject
    SchemeService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listSchemes", summary = "Các phiên bản thang điểm của năm / a term's scoring schemes",
            description = "Mới nhất trước; ngoài khối chỉ thấy bản đã thông qua hoặc hết hiệu lực / newest first; outside the bloc only adopted or retired ones.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SchemeList.class)))
    public SchemeList list(@PathParam("termId") Long termId) {
        return service.list(termId);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "createScheme", summary = "Soạn thang điểm (dự thảo) / draft a scoring scheme",
            description = "Trưởng khối, Phó trưởng khối hoặc Ban TĐKT / the term's managers.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SchemeData.class)))
    public Response create(@PathParam("termId") Long termId, @NotNull @Valid SchemeInput input) {
        var created = service.create(termId, input);
        return Responses.created(SchemeResource.PATH, created.body().id(), created);
    }

    @POST
    @Path("copies")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "copyScheme", summary = "Sao thang điểm năm trước hoặc bản trước thành dự thảo / copy a scheme into a new draft",
            description = "Thang điểm của chính khối, năm nay hoặc năm trước; sửa sau khi thông qua là một phiên bản mới "
                    + "/ this bloc's, this year's or an earlier one; a change after adoption is a new version.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SchemeData.class)))
    public Response copy(@PathParam("termId") Long termId, @NotNull @Valid SchemeCopy copy) {
        var created = service.copy(termId, copy);
        return Responses.created(SchemeResource.PATH, created.body().id(), created);
    }
}
