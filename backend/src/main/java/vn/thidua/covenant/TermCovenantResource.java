package vn.thidua.covenant;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.web.FileParts;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.web.FormFields;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.QueryParams;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path("/api/v1/terms/{termId}/covenants")
@Tag(name = "covenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermCovenantResource {

    @Inject
    CovenantService service;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listTermCovenants", summary = "Giao ước thi đua của năm thi đua (nhiều nhất một) / a term's covenant (at most one)")
    @APIResponse(responseCode = "200", description = "OK")
    public Page<CovenantData> list(@PathParam("termId") Long termId) {
        return service.list(termId);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "createCovenant", summary = "Soạn giao ước thi đua / draft the term's covenant",
            description = "Trưởng khối, Phó trưởng khối hoặc Ban Thi đua - Khen thưởng; mỗi năm thi đua một giao ước.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CovenantData.class)))
    public Response create(@PathParam("termId") Long termId, @NotNull @Valid CovenantInput input) {
        var covenant = service.create(termId, input);
        return Responses.created(CovenantResource.PATH, covenant.body().id(), covenant);
    }
}
