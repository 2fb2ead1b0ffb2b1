package vn.thidua.common.files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.security.Roles;

/**
 * Downloads: always an attachment (never rendered inline), the type detected at upload, nosniff
 * (set for every answer), and only for callers who may read the owning record.
 */
@Path(FileResource.PATH)
@Tag(name = "files")
public class FileResource {

    public static final String PATH = "/api/v1/files";
    private static final String BINARY = "application/octet-stream";

    @Inject
    FileService files;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Produces({ "application/pdf", "image/png", "image/jpeg", BINARY })
    @Operation(operationId = "downloadFile", summary = "Tải tệp về / download a file",
            description = "Luôn tải về dạng đính kèm (Content-Disposition: attachment) / always an attachment.")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response download(@PathParam("id") Long id) {
        // Opened before the answer starts: a store failure is a 503 problem, not a cut download.
        FileService.Download file = files.download(id);
        return Response.ok(file.content(), file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(file.name()))
                .header(HttpHeaders.CONTENT_LENGTH, file.size()).header("X-Content-Type-Options", "nosniff")
                .tag(new EntityTag(file.sha256())).build();
    }
}
