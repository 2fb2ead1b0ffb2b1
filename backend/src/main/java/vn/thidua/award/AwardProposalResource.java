package vn.thidua.award;

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

import vn.thidua.common.document.PdfDocuments;
import vn.thidua.common.document.Spreadsheets;
import vn.thidua.common.files.StoredFileData;
import vn.thidua.common.web.FileParts;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path(AwardProposalResource.PATH)
@Tag(name = "awards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardProposalResource {

    static final String PATH = "/api/v1/award-proposals";

    @Inject
    AwardProposalService service;

    @Inject
    AwardReportFiles reports;

    @Inject
    AwardDecisionFiles decisions;

    @Inject
    AwardDocuments documents;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getAwardProposal", summary = "Xem hồ sơ đề nghị khen thưởng / read an award dossier")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AwardProposalData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Path("{id}/items")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "addAwardProposalItem", summary = "Đề nghị thêm một đơn vị / propose a unit",
            description = "Trưởng, Phó trưởng khối khi hồ sơ còn dự thảo hoặc bị trả lại; đơn vị thành viên, đủ điều kiện (422 "
                    + "AWARD_UNIT_INELIGIBLE nêu lý do), trong chỉ tiêu (422 AWARD_QUOTA_EXCEEDED) / the managers while editable; a member "
                    + "unit, eligible, within the quota.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AwardProposalData.class)))
    public Response addItem(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid AwardItemInput input) {
        return Responses.ok(service.addItem(id, IfMatch.parse(ifMatch), input));
    }

    @DELETE
    @Path("{id}/items/{itemId}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "removeAwardProposalItem", summary = "Bỏ một đơn vị khỏi hồ sơ / remove a proposed unit",
            description = "If-Match của hồ sơ / the dossier's If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AwardProposalData.class)))
    public Response removeItem(@PathParam("id") Long id, @PathParam("itemId") Long itemId,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch) {
        return Responses.ok(service.removeItem(id, itemId, IfMatch.parse(ifMatch)));
    }

    @PUT
    @Path("{id}/items/{itemId}/appraisal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "appraiseAwardProposalItem", summary = "Thẩm định một đơn vị / appraise a proposed unit",
            description = "Ban TĐKT khi APPRAISING: APPROVED, DOWNGRADED (Cờ → Bằng khen, cần lý do), REJECTED (cần lý do); If-Match của hồ sơ "
                    + "/ the Board while appraising; a downgrade (flag → certificate) or rejection needs a reason.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AwardProposalData.class)))
    public Response appraise(@PathParam("id") Long id, @PathParam("itemId") Long itemId,
            @HeaderParam("If-Match") @Parameter(required = true) String ifMatch, @NotNull @Valid AwardAppraisalInput input) {
        return Responses.ok(service.appraise(id, itemId, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "changeAwardProposalStatus", summary = "Trình, tiếp nhận, trả lại, ghi quyết định / move a dossier",
            description = "SUBMITTED: Trưởng, Phó trưởng khối (mỗi đơn vị có báo cáo thành tích, 422 AWARD_REPORT_MISSING; kiểm tra lại điều kiện, "
                    + "422 AWARD_UNIT_INELIGIBLE). APPRAISING, RETURNED (cần lý do), DECIDED (cần decision, mọi đơn vị đã thẩm định): Ban TĐKT "
                    + "/ the managers submit (reports, eligibility re-checked); the Board takes up, returns (reason) and decides (decision).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AwardProposalData.class)))
    public Response changeStatus(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid AwardProposalStatusChange change) {
        return Responses.ok(service.changeStatus(id, IfMatch.parse(ifMatch), change));
    }

    @GET
    @Path("{id}/items/{itemId}/achievement-reports")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listAchievementReports", summary = "Báo cáo thành tích của đơn vị được đề nghị / a proposed unit's achievement reports",
            description = "Mới nhất trước; bản bị thay thế vẫn được giữ / newest first; superseded ones are kept.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StoredFileData.class)))
    public List<StoredFileData> listReports(@PathParam("id") Long id, @PathParam("itemId") Long itemId) {
        return reports.list(id, itemId);
    }

    @POST
    @Path("{id}/items/{itemId}/achievement-reports")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadAchievementReport", summary = "Tải lên báo cáo thành tích / attach the achievement report",
            description = "Chính đơn vị hoặc Trưởng, Phó trưởng khối khi hồ sơ còn sửa được; PDF, PNG hoặc JPEG (theo nội dung), tối đa 20 MB; đã có "
                    + "thì ghi `supersedes` / the unit or the managers while editable; a new one names the current one in `supersedes`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = StoredFileData.class)))
    public Response uploadReport(@PathParam("id") Long id, @PathParam("itemId") Long itemId,
            @RestForm("file") List<FileUpload> allFiles, @RestForm("supersedes") List<String> allSupersedes,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file,
            @RestForm("supersedes") @Schema(type = SchemaType.INTEGER, format = "int64", description = "mã báo cáo hiện hành được thay thế / id of the current report") Long supersedes) {
        return FileParts.created(reports.upload(id, itemId, FileParts.upload(allFiles, allSupersedes, file), supersedes));
    }

    @GET
    @Path("{id}/decision-files")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "listAwardDecisionFiles", summary = "Bản quét quyết định khen thưởng / the award decision's scans")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StoredFileData.class)))
    public List<StoredFileData> listDecisionFiles(@PathParam("id") Long id) {
        return decisions.list(id);
    }

    @POST
    @Path("{id}/decision-files")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadAwardDecisionFile", summary = "Tải lên bản quét quyết định khen thưởng / attach the decision's scan",
            description = "Ban TĐKT khi đang thẩm định hoặc đã có quyết định; đã có thì ghi `supersedes` / the Board while appraising or decided.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = StoredFileData.class)))
    public Response uploadDecisionFile(@PathParam("id") Long id,
            @RestForm("file") List<FileUpload> allFiles, @RestForm("supersedes") List<String> allSupersedes,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file,
            @RestForm("supersedes") @Schema(type = SchemaType.INTEGER, format = "int64", description = "mã bản quét hiện hành được thay thế / id of the current scan") Long supersedes) {
        return FileParts.created(decisions.upload(id, FileParts.upload(allFiles, allSupersedes, file), supersedes));
    }

    @GET
    @Path("{id}/cover-memo.pdf")
    @Produces({ PdfDocuments.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "downloadAwardCoverMemo", summary = "Tờ trình đề nghị khen thưởng (PDF) / the cover memo as a PDF",
            description = "Văn bản theo thể thức Nghị định 30/2020/NĐ-CP do khối ban hành, Trưởng khối ký; cùng dữ liệu cho cùng tệp "
                    + "/ an NĐ 30/2020 document issued by the bloc; the same bytes for the same data.")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = PdfDocuments.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response coverMemo(@PathParam("id") Long id) {
        return Responses.attachment(documents.coverMemo(id), PdfDocuments.MEDIA_TYPE);
    }

    @GET
    @Path("{id}/items.xlsx")
    @Produces({ Spreadsheets.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "downloadAwardProposalSpreadsheet", summary = "Danh sách đề nghị khen thưởng (Excel) / the dossier's items as XLSX")
    @APIResponse(responseCode = "200", description = "XLSX", content = @Content(mediaType = Spreadsheets.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response spreadsheet(@PathParam("id") Long id) {
        return Responses.attachment(documents.xlsx(id), Spreadsheets.MEDIA_TYPE);
    }
}
