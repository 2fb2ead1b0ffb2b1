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

@Path(CovenantResource.SIGNATURES)
@Tag(name = "covenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CovenantSignatureResource {

    @Inject
    CovenantService service;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getCovenantSignature", summary = "Xem chữ ký giao ước / read a signature")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SignatureData.class)))
    public Response signature(@PathParam("id") Long id) {
        return Responses.ok(service.signature(id));
    }

    @GET
    @Path("{id}/files")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listCovenantSignatureFiles", summary = "Bản giao ước đã ký (bản quét) / the signed scans")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StoredFileData.class)))
    public Response scans(@PathParam("id") Long id) {
        return Response.ok(service.scans(id)).build();
    }

    @POST
    @Path("{id}/files")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadCovenantSignatureFile", summary = "Tải lên bản giao ước đã ký / upload the signed scan",
            description = "PDF, PNG hoặc JPEG (nhận biết từ nội dung), tối đa 10 MB; bản mới ghi `supersedes`. / PDF, PNG or JPEG, "
                    + "at most 10 MB; a new one names the current one in `supersedes`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = StoredFileData.class)))
    public Response uploadScan(@PathParam("id") Long id,
            @RestForm("file") List<FileUpload> allFiles, @RestForm("supersedes") List<String> allSupersedes,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file,
            @RestForm("supersedes") @Schema(type = SchemaType.INTEGER, format = "int64") Long supersedes) {
        return FileParts.created(service.uploadScan(id, FileParts.upload(allFiles, allSupersedes, file), supersedes));
    }
}
