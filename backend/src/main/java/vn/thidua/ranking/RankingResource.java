package vn.thidua.ranking;

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

import vn.thidua.common.document.PdfDocuments;
import vn.thidua.common.document.Spreadsheets;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path("/api/v1/rankings")
@Tag(name = "rankings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RankingResource {

    @Inject
    RankingService service;

    @Inject
    RankingDocuments documents;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getRanking", summary = "Xem kết quả xếp hạng / read a ranking",
            description = "Trước khi công bố chỉ Ban TĐKT và Trưởng, Phó trưởng khối / before publication the Board and the managers only.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RankingData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}/tie-votes")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "recordRankingTieVotes", summary = "Ghi phiếu biểu quyết cho các đơn vị bằng điểm / record the tie votes",
            description = "Khi còn dự thảo, cho các đơn vị bằng điểm đã đến bước biểu quyết (422 RANKING_TIE_VOTE_NOT_TIED); xếp lại ngay "
                    + "/ DRAFT only, for tied units whose tie reached MEMBER_VOTE; the ranking is ordered again.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RankingData.class)))
    public Response tieVotes(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid TieVotesInput input) {
        return Responses.ok(service.recordTieVotes(id, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "changeRankingStatus", summary = "Xác nhận hoặc công bố kết quả xếp hạng / confirm or publish a ranking",
            description = "DRAFT → CONFIRMED (409 RANKING_TIE_VOTE_NEEDED khi còn nhóm bằng điểm chờ biểu quyết) → PUBLISHED (công khai) "
                    + "/ confirmed once no tie waits for the vote, then published (public).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = RankingData.class)))
    public Response changeStatus(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid RankingStatusChange change) {
        return Responses.ok(service.changeStatus(id, IfMatch.parse(ifMatch), change));
    }

    @GET
    @Path("{id}/summary.xlsx")
    @Produces({ Spreadsheets.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "downloadRankingSpreadsheet", summary = "Bảng tổng hợp kết quả xếp hạng (Excel) / the summary as XLSX",
            description = "Đơn vị × nhóm tiêu chí, điểm thưởng, điểm trừ, tổng điểm là công thức (áp dụng điểm sàn) để kiểm tra lại, thứ hạng "
                    + "/ units × groups, bonus, penalty, the total as a live formula (the floor applied), the place.")
    @APIResponse(responseCode = "200", description = "XLSX", content = @Content(mediaType = Spreadsheets.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response spreadsheet(@PathParam("id") Long id) {
        return Responses.attachment(documents.xlsx(id), Spreadsheets.MEDIA_TYPE);
    }

    @GET
    @Path("{id}/summary.pdf")
    @Produces({ PdfDocuments.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "downloadRankingSummary", summary = "Bảng tổng hợp kết quả xếp hạng (PDF) / the summary as a PDF",
            description = "Văn bản theo thể thức Nghị định 30/2020/NĐ-CP do khối ban hành, Trưởng khối ký; cùng dữ liệu cho cùng tệp "
                    + "/ an NĐ 30/2020 document issued by the bloc, signed by its leader; the same bytes for the same data.")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = PdfDocuments.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response summary(@PathParam("id") Long id) {
        return Responses.attachment(documents.pdf(id), PdfDocuments.MEDIA_TYPE);
    }
}
