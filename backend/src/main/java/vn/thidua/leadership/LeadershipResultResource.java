package vn.thidua.leadership;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.web.FileParts;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path("/api/v1/leadership-results")
@Tag(name = "leadership")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadershipResultResource {

    @Inject
    LeadershipService service;

    @Inject
    LeadershipConfirmation confirmation;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getLeadershipResult", summary = "Xem kết quả chọn Trưởng khối năm sau / read a leadership result")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = LeadershipResultData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Path("{id}/confirmation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "confirmLeadershipResult", summary = "Ban xác nhận Trưởng khối, Phó trưởng khối năm sau / the Board confirms next year's leadership",
            description = "PROPOSED → CONFIRMED trong một giao dịch: tạo năm thi đua năm sau (chép quy chế) hoặc cập nhật năm đó khi còn PLANNING, chuyển thành viên "
                    + "(đơn vị đã sáp nhập thay bằng đơn vị kế thừa), đặt LEADER, DEPUTY. Từ chối: năm sau đã bắt đầu với Trưởng khối khác (409 "
                    + "LEADERSHIP_NEXT_TERM_STARTED), đơn vị không còn hoạt động (422 LEADERSHIP_UNIT_INACTIVE), Trưởng khối trùng Phó trưởng khối "
                    + "/ in one transaction: next year's term made (rules copied) or updated while PLANNING, members carried over (merged units "
                    + "replaced by their successor), LEADER and DEPUTY set; refused when that term started under another leader or a unit is inactive.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ConfirmationData.class)))
    public Response confirm(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid ConfirmationInput input) {
        return Responses.ok(confirmation.confirm(id, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "withdrawLeadershipResult", summary = "Rút kết quả đề xuất / withdraw a proposed result",
            description = "Ban TĐKT, có lý do; sau đó ghi được kết quả mới / the Board, with a reason; a new result may follow.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = LeadershipResultData.class)))
    public Response withdraw(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid WithdrawalInput input) {
        return Responses.ok(service.withdraw(id, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/handover")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "recordLeadershipHandover", summary = "Ghi việc trao cờ Khối trưởng / record the leader flag's handover",
            description = "Kết quả đã CONFIRMED; tại hội nghị tổng kết năm (YEAR_END_REVIEW, đã tổ chức) của năm đang kết thúc, vào ngày hội nghị; Ban hoặc "
                    + "Trưởng khối, Phó trưởng khối năm đó / a CONFIRMED result; at the outgoing term's held year-end review, on its day; the Board or "
                    + "the outgoing leader and deputy.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = LeadershipResultData.class)))
    public Response handover(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid HandoverInput input) {
        return Responses.ok(service.handover(id, IfMatch.parse(ifMatch), input));
    }

    @GET
    @Path("{id}/decision-files")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listLeadershipDecisionFiles", summary = "Bản quét quyết định chỉ định / the designation's decision scans",
            description = "Mới nhất trước; bản bị thay thế vẫn được giữ / newest first; superseded scans are kept.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StoredFileData.class)))
    public Response files(@PathParam("id") Long id) {
        return Response.ok(service.files(id)).build();
    }

    @POST
    @Path("{id}/decision-files")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadLeadershipDecisionFile", summary = "Tải lên bản quét quyết định chỉ định / upload the designation's decision scan",
            description = "Ban TĐKT, kết quả DESIGNATION. PDF, PNG hoặc JPEG (nhận biết từ nội dung), tối đa 20 MB; bản mới phải ghi `supersedes` = bản hiện hành "
                    + "/ the Board, a DESIGNATION; PDF, PNG or JPEG by content, at most 20 MB; a new one names the current one in `supersedes`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = StoredFileData.class)))
    public Response upload(@PathParam("id") Long id,
            @RestForm("file") List<FileUpload> allFiles, @RestForm("supersedes") List<String> allSupersedes,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file,
            @RestForm("supersedes") @Schema(type = SchemaType.INTEGER, format = "int64", description = "mã bản hiện hành được thay thế / id of the current file it supersedes") Long supersedes) {
        return FileParts.created(service.upload(id, FileParts.upload(allFiles, allSupersedes, file), supersedes));
    }
}
