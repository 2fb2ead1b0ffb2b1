package vn.thidua.conference;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.core.EntityTag;
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

import vn.thidua.common.document.PdfDocuments;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.files.FileResource;
import vn.thidua.common.files.FileService;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.web.FormFields;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Responses;
import vn.thidua.common.web.StrictJson;
import vn.thidua.security.Roles;

/**
 * A conference (hội nghị) of a term: the term's managers write, the bloc reads all, others read the
 * ones that took place (see {@link ConferenceService}).
 */
@Path(ConferenceResource.PATH)
@Tag(name = "conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConferenceResource {

    static final String PATH = "/api/v1/conferences";

    @Inject
    ConferenceService service;

    @Inject
    ConferenceMinutes minutes;

    @Inject
    ConferenceMinutesFiles minutesFiles;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getConference", summary = "Xem hội nghị / read a conference")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ConferenceData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "updateConference", summary = "Sửa hội nghị (dời ngày) / update a conference (postpone)",
            description = "Khi SCHEDULED hoặc HELD / while SCHEDULED or HELD.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ConferenceData.class)))
    public Response update(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid ConferenceInput input) {
        return Responses.ok(service.update(id, IfMatch.parse(ifMatch), input));
    }

    @PUT
    @Path("{id}/attendance")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "replaceConferenceAttendance", summary = "Ghi thành phần tham dự / record the attendance",
            description = "Thay toàn bộ danh sách; khi SCHEDULED hoặc HELD / replaces the whole list, while SCHEDULED or HELD.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ConferenceData.class)))
    public Response replaceAttendance(@PathParam("id") Long id,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch, @NotNull @Valid AttendanceInput input) {
        return Responses.ok(service.replaceAttendance(id, IfMatch.parse(ifMatch), input));
    }

    @PUT
    @Path("{id}/agenda")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "replaceConferenceAgenda", summary = "Ghi nội dung và kết luận / record the agenda and outcomes",
            description = "Thay toàn bộ nội dung theo thứ tự (giữ mã nội dung đã có); khi SCHEDULED hoặc HELD / replaces the agenda in order, keeping given ids.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ConferenceData.class)))
    public Response replaceAgenda(@PathParam("id") Long id,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch, @NotNull @Valid AgendaInput input) {
        return Responses.ok(service.replaceAgenda(id, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "changeConferenceStatus", summary = "Chuyển bước hội nghị / move a conference to its next status",
            description = "SCHEDULED → HELD (đã đến ngày, có thành phần tham dự và người chủ trì) → MINUTES_SIGNED (có bản quét"
                    + " biên bản đã ký); SCHEDULED → CANCELLED (kèm lý do) / HELD needs its day come, attendance and a chair;"
                    + " MINUTES_SIGNED the signed scan; CANCELLED a reason.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ConferenceData.class)))
    public Response changeStatus(@PathParam("id") Long id,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch, @NotNull @Valid ConferenceStatusChange change) {
        return Responses.ok(service.changeStatus(id, IfMatch.parse(ifMatch), change));
    }

    @GET
    @Path("{id}/minutes.pdf")
    @Produces({ PdfDocuments.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "downloadConferenceMinutes", summary = "Biên bản hội nghị (PDF) / the minutes as a PDF",
            description = """
                    Lập từ nội dung đã ghi nhận, theo thể thức Nghị định 30/2020/NĐ-CP, khi hội nghị đã tổ chức; ngoài khối: \
                    khi biên bản đã ký. Luôn tải về dạng đính kèm. Written from what was recorded, once held (outside the \
                    bloc: once signed); always an attachment.""")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = PdfDocuments.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response minutes(@PathParam("id") Long id) {
        return Responses.attachment(minutes.pdf(id), PdfDocuments.MEDIA_TYPE);
    }

    @GET
    @Path("{id}/minutes-files")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listConferenceMinutesFiles", summary = "Bản quét biên bản đã ký / the signed minutes' scans",
            description = "Mới nhất trước; bản bị thay thế vẫn được giữ / newest first; superseded scans are kept.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StoredFileData.class)))
    public Response listMinutesFiles(@PathParam("id") Long id) {
        return Response.ok(minutesFiles.list(id)).build();
    }

    @POST
    @Path("{id}/minutes-files")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadConferenceMinutesFile", summary = "Tải lên bản quét biên bản đã ký / attach the signed minutes' scan",
            description = "Khi HELD hoặc MINUTES_SIGNED. PDF, PNG hoặc JPEG (nhận biết từ nội dung), tối đa 20 MB; đã có bản quét thì"
                    + " ghi `supersedes` = mã bản hiện hành (văn bản chính thức chỉ được thay thế, cả hai được giữ). / Once HELD;"
                    + " PDF, PNG or JPEG by content, at most 20 MB; a new scan names the current one in `supersedes`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = StoredFileData.class)))
    public Response uploadMinutesFile(@PathParam("id") Long id,
            // every value of each part, so that a part sent twice is refused rather than the first one taken
            @RestForm("file") List<FileUpload> allFiles, @RestForm("supersedes") List<String> allSupersedes,
            @RestForm("correctionReason") List<String> allReasons,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file,
            @RestForm("supersedes") @Schema(type = SchemaType.INTEGER, format = "int64", description = "mã bản quét hiện hành được thay thế / id of the current scan this one supersedes") Long supersedes,
            @RestForm("correctionReason") @Schema(type = SchemaType.STRING, maxLength = 1000, description = "Bắt buộc khi năm thi đua đã CLOSED / required when the term is CLOSED") String correctionReason) {
        FormFields.single("file", allFiles);
        FormFields.requireIdIfPresent("supersedes", allSupersedes);
        FormFields.single("correctionReason", allReasons);
        if (file == null || file.uploadedFile() == null) {
            throw DomainException.invalid("FILE_MISSING", "file", Text.of("Chưa chọn tệp.", "No file was sent (part 'file')."));
        }
        correctionReason = StrictJson.requireSafe("correctionReason", correctionReason, true);
        if (correctionReason != null && correctionReason.length() > 1000) {
            throw DomainException.invalid("CORRECTION_REASON_TOO_LONG", "correctionReason",
                    Text.of("Lý do đính chính tối đa 1000 ký tự.", "The correction reason is at most 1000 characters."));
        }
        StoredFileData stored = minutesFiles.upload(id, new FileService.Upload(file.uploadedFile(), file.fileName()),
                supersedes, correctionReason);
        return Response.created(URI.create(FileResource.PATH + "/" + stored.id())).entity(stored)
                .tag(new EntityTag(stored.sha256())).build();
    }
}
