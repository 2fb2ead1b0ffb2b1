package vn.thidua.sheet;

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

import vn.thidua.common.document.Spreadsheets;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.web.FileParts;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path(SheetResource.PATH)
@Tag(name = "scoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SheetResource {

    static final String PATH = "/api/v1/sheets";

    @Inject
    SheetService service;

    @Inject
    ReviewService reviews;

    @Inject
    SheetEvidenceFiles evidence;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getScoreSheet", summary = "Xem bảng chấm điểm / read a scoring sheet",
            description = "Đơn vị được chấm, đơn vị chấm chéo, Trưởng khối, Phó trưởng khối và Ban TĐKT (lượt xem được ghi nhật ký), mỗi bên thấy phần của mình "
                    + "/ the scored unit, its reviewers, the managers and the Board (audited), each seeing its part.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SheetData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @GET
    @Path("{id}/sheet.xlsx")
    @Produces({ Spreadsheets.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "downloadScoreSheetSpreadsheet", summary = "Bảng chấm điểm của đơn vị (Excel) / one unit's sheet as XLSX",
            description = "Những gì người gọi được xem; cộng nhóm và tổng điểm là công thức để kiểm tra lại "
                    + "/ what the caller may see; group subtotals and the total are live formulas.")
    @APIResponse(responseCode = "200", description = "XLSX", content = @Content(mediaType = Spreadsheets.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response spreadsheet(@PathParam("id") Long id) {
        return Responses.attachment(service.xlsx(id), Spreadsheets.MEDIA_TYPE);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listScoreSheetHistory", summary = "Lịch sử thay đổi điểm / the sheet's score history",
            description = "Từng trường của từng tiêu chí; điểm chấm chéo hiện với đơn vị được chấm sau khi kết thúc chấm chéo "
                    + "/ field by field; reviewers' changes shown to the scored unit once review closes.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ScoreChangeData.class)))
    public List<ScoreChangeData> history(@PathParam("id") Long id) {
        return service.history(id);
    }

    @PUT
    @Path("{id}/self-scores")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "saveSelfScores", summary = "Lưu điểm tự chấm (tự động lưu từng ô) / save self-scores (autosave)",
            description = "Đơn vị được chấm hoặc Ban TĐKT, khi bảng là DRAFT / the unit (or the Board) while DRAFT.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SheetData.class)))
    public Response saveSelf(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid SelfScoreInput input) {
        return Responses.ok(service.saveSelf(id, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "changeScoreSheetStatus", summary = "Nộp, trả lại, yêu cầu giải trình, giải trình, tổng hợp, chốt / move a sheet")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SheetData.class)))
    public Response changeStatus(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid SheetStatusChange change) {
        return Responses.ok(service.changeStatus(id, IfMatch.parse(ifMatch), change));
    }

    @GET
    @Path("{id}/criteria/{criterionId}/evidence")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listScoreEvidence", summary = "Minh chứng của một tiêu chí / a criterion's evidence")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StoredFileData.class)))
    public List<StoredFileData> listEvidence(@PathParam("id") Long id, @PathParam("criterionId") Long criterionId) {
        return evidence.list(id, criterionId);
    }

    @POST
    @Path("{id}/criteria/{criterionId}/evidence")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadScoreEvidence", summary = "Tải lên minh chứng cho một tiêu chí / attach evidence to a criterion",
            description = "Đơn vị được chấm khi bảng là DRAFT; PDF, PNG hoặc JPEG (nhận biết từ nội dung), tối đa 20 MB "
                    + "/ the unit while DRAFT; PDF, PNG or JPEG by content, at most 20 MB.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = StoredFileData.class)))
    public Response uploadEvidence(@PathParam("id") Long id, @PathParam("criterionId") Long criterionId,
            @RestForm("file") List<FileUpload> allFiles,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file) {
        return FileParts.created(evidence.upload(id, criterionId, FileParts.upload(allFiles, List.of(), file)));
    }

    @PUT
    @Path("{id}/reviews/{reviewId}/scores")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "saveReviewScores", summary = "Lưu điểm chấm chéo / save a reviewer's scores",
            description = "Đơn vị chấm chéo khi đợt đang chấm chéo; điểm khác điểm tự chấm cần lý do (comment) "
                    + "/ the reviewer while reviewing; points that differ from the self-score need a reason (comment).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SheetData.class)))
    public Response saveReview(@PathParam("id") Long id, @PathParam("reviewId") Long reviewId,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch, @NotNull @Valid SelfScoreInput input) {
        return Responses.ok(reviews.save(id, reviewId, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/reviews/{reviewId}/submission")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "submitReview", summary = "Nộp điểm chấm chéo / submit a reviewer's scores",
            description = "Khi mọi tiêu chí đã chấm; sau đó không sửa được / once every criterion is scored; final afterwards.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SheetData.class)))
    public Response submitReview(@PathParam("id") Long id, @PathParam("reviewId") Long reviewId,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch) {
        return Responses.ok(reviews.submit(id, reviewId, IfMatch.parse(ifMatch)));
    }
}
