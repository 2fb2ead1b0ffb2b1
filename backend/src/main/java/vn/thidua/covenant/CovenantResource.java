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

@Path(CovenantResource.PATH)
@Tag(name = "covenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CovenantResource {

    static final String PATH = "/api/v1/covenants";
    static final String SIGNATURES = "/api/v1/covenant-signatures";

    @Inject
    CovenantService service;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getCovenant", summary = "Xem giao ước, chữ ký, đơn vị chưa ký / read a covenant, its signatures and who is missing")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CovenantData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "updateCovenant", summary = "Sửa giao ước dự thảo / update a draft covenant")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CovenantData.class)))
    public Response update(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid CovenantInput input) {
        return Responses.ok(service.update(id, IfMatch.parse(ifMatch), input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "deleteCovenant", summary = "Xóa giao ước dự thảo / delete a draft covenant")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return Responses.noContent();
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "changeCovenantStatus", summary = "Gửi các đơn vị ký / kết thúc giao ước / circulate or close a covenant",
            description = "SIGNED khi còn đơn vị chưa ký cần lý do; các đơn vị chưa ký được ghi nhận. Khi đơn vị cuối cùng ký, "
                    + "giao ước tự chuyển sang SIGNED. / Closing with members missing needs a reason and records them; the last "
                    + "signature moves the covenant to SIGNED by itself.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CovenantData.class)))
    public Response changeStatus(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid CovenantStatusChange change) {
        return Responses.ok(service.changeStatus(id, IfMatch.parse(ifMatch), change));
    }

    @GET
    @Path("{id}/files")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listCovenantFiles", summary = "Kế hoạch, quy chế, tiêu chí đã tải lên / the adopted documents' files")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StoredFileData.class)))
    public Response files(@PathParam("id") Long id) {
        return Response.ok(service.files(id)).build();
    }

    @POST
    @Path("{id}/files")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadCovenantFile", summary = "Tải lên kế hoạch, quy chế hoặc tiêu chí / upload an adopted document",
            description = "PDF (nhận biết từ nội dung), tối đa 20 MB; `kind` = PLAN | RULES | CRITERIA; bản mới của cùng loại ghi "
                    + "`supersedes` = bản hiện hành. / PDF by content, at most 20 MB; a new one of a kind names the current one.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = StoredFileData.class)))
    public Response upload(@PathParam("id") Long id,
            @RestForm("file") List<FileUpload> allFiles, @RestForm("supersedes") List<String> allSupersedes,
            @RestForm("kind") List<String> allKinds,
            @RestForm("kind") @Schema(implementation = CovenantDocumentKind.class, required = true) String kind,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file,
            @RestForm("supersedes") @Schema(type = SchemaType.INTEGER, format = "int64", description = "mã bản hiện hành được thay thế / id of the current file it supersedes") Long supersedes) {
        FormFields.single("kind", allKinds);
        if (kind == null || kind.isBlank()) {
            throw DomainException.invalid("FILE_KIND_REQUIRED", "kind", Text.of("Chưa chọn loại văn bản.", "No document kind was sent."));
        }
        CovenantDocumentKind documentKind = QueryParams.enumValue("kind", kind, CovenantDocumentKind.class);
        return FileParts.created(service.upload(id, documentKind, FileParts.upload(allFiles, allSupersedes, file), supersedes));
    }

    @POST
    @Path("{id}/signatures")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "signCovenant", summary = "Ghi chữ ký giao ước của đơn vị / record a member's signature",
            description = "Cán bộ đơn vị chỉ ký cho đơn vị mình, một lần; ngày ký là ngày ghi trên giao ước. / An officer signs for "
                    + "its own unit, once; the date is the one on the signed covenant.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SignatureData.class)))
    public Response sign(@PathParam("id") Long id, @NotNull @Valid SignatureInput input) {
        var signature = service.sign(id, input);
        return Responses.created(SIGNATURES, signature.body().id(), signature);
    }
}
