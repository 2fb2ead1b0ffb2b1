package vn.thidua.term;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.files.FileResource;
import vn.thidua.common.files.FileService;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.web.FormFields;
import vn.thidua.security.Roles;

@Path(TermResource.PATH + "/{id}/decision-files")
@Tag(name = "terms")
@Produces(MediaType.APPLICATION_JSON)
public class TermDecisionFileResource {

    @Inject
    TermDecisionFiles files;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listTermDecisionFiles", summary = "Bản quét quyết định của năm thi đua / a term's decision scans",
            description = "Mới nhất trước; tệp bị thay thế vẫn được giữ / newest first; superseded scans are kept.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StoredFileData.class)))
    public Response list(@PathParam("id") Long id) {
        return Response.ok(files.list(id)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadTermDecisionFile", summary = "Tải lên bản quét quyết định / upload a decision scan",
            description = "PDF, PNG hoặc JPEG (nhận biết từ nội dung), tối đa 20 MB. Đã có bản quét thì phải ghi "
                    + "`supersedes` = mã bản hiện hành: văn bản chính thức chỉ được thay thế, không bị ghi đè. / "
                    + "PDF, PNG or JPEG (by content), at most 20 MB; a new scan must name the current one in `supersedes`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = StoredFileData.class)))
    public Response upload(@PathParam("id") Long id,
            // every value of each part, so that a part sent twice is refused rather than the first one taken
            // (the contract's schema is the single-valued one below)
            @RestForm("file") List<FileUpload> allFiles, @RestForm("supersedes") List<String> allSupersedes,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file,
            @RestForm("supersedes") @Schema(type = SchemaType.INTEGER, format = "int64", description = "mã bản quét hiện hành được thay thế / id of the current scan this one supersedes") Long supersedes) {
        FormFields.single("file", allFiles);
        FormFields.requireIdIfPresent("supersedes", allSupersedes);
        if (file == null || file.uploadedFile() == null) {
            throw DomainException.invalid("FILE_MISSING", "file", Text.of("Chưa chọn tệp.", "No file was sent (part 'file')."));
        }
        StoredFileData stored = files.upload(id, new FileService.Upload(file.uploadedFile(), file.fileName()),
                supersedes);
        return Response.created(URI.create(FileResource.PATH + "/" + stored.id())).entity(stored)
                .tag(new EntityTag(stored.sha256())).build();
    }
}
