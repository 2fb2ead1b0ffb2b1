package vn.thidua.vote;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Responses;
import vn.thidua.security.Roles;

@Path(VoteService.PATH)
@Tag(name = "votes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoteResource {

    @Inject
    VoteService service;

    @Inject
    BallotBox box;

    @Inject
    VoteDocuments documents;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "getVote", summary = "Xem cuộc bỏ phiếu / read a vote",
            description = "Khối và Ban TĐKT xem mọi lúc; ngoài khối chỉ khi đã công bố. Không có số phiếu khi đang bỏ phiếu (kể cả Ban TĐKT); "
                    + "số phiếu sau kiểm phiếu chỉ chủ trì và Ban TĐKT thấy trước khi công bố; danh sách phiếu chỉ sau khi công bố "
                    + "/ the bloc and the Board read it at any time, others once published; no counts while open (the Board included); "
                    + "the tally is the chair's and the Board's until published; the ballot list only once published.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = VoteData.class)))
    public Response get(@PathParam("id") Long id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "updateVote", summary = "Sửa cuộc bỏ phiếu (dự thảo) / edit a draft vote",
            description = "Chủ trì (Trưởng khối, Phó trưởng khối) hoặc Ban TĐKT, khi còn dự thảo / the chair or the Board, while a draft.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = VoteData.class)))
    public Response update(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid VoteInput input) {
        return Responses.ok(service.update(id, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "changeVoteStatus", summary = "Chuyển bước cuộc bỏ phiếu / move a vote one step",
            description = "DRAFT → OPEN (ứng viên đủ điều kiện, đủ số đơn vị có mặt: 422 VOTE_QUORUM_NOT_REACHED) → CLOSED → TALLIED "
                    + "(kiểm phiếu; NO_RESULT khi chưa đủ người trúng cử) → CERTIFIED; NO_RESULT → DRAFT (vòng sau: bầu lại giữa hai người "
                    + "cao phiếu nhất, rồi bỏ phiếu lại), ở vòng 3 NO_RESULT → TALLIED (bốc thăm, hạt giống lưu lại); VOID kèm lý do (Ban TĐKT) "
                    + "/ open (eligible candidates, quorum), close, tally (NO_RESULT when seats stay unfilled), certify; from NO_RESULT the next "
                    + "round (runoff, then re-vote) or, in round 3, the recorded lot; the Board voids with a reason.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = VoteData.class)))
    public Response changeStatus(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid VoteStatusChange change) {
        return Responses.ok(service.changeStatus(id, IfMatch.parse(ifMatch), change));
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "publishVoteResult", summary = "Công bố kết quả vòng hiện tại / publish the current round's result",
            description = "Sau kiểm phiếu; khi kết quả có thể làm lộ lá phiếu (disclosureWarnings) cần acknowledgeDisclosure = true "
                    + "(422 VOTE_DISCLOSURE_NOT_ACKNOWLEDGED); công bố danh sách biên nhận với lá phiếu và SHA-256 của biên bản kiểm phiếu "
                    + "/ after the tally; with disclosure warnings the chair must acknowledge them; publishes the receipts with their ballots "
                    + "and the counting minutes' SHA-256.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = VoteData.class)))
    public Response publish(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid PublicationInput input) {
        return Responses.ok(service.publish(id, IfMatch.parse(ifMatch), input));
    }

    @POST
    @Path("{id}/ballots")
    @RolesAllowed({ Roles.OFFICER })
    @Operation(operationId = "castBallot", summary = "Bỏ phiếu cho đơn vị mình / cast the unit's ballot",
            description = "Cán bộ đơn vị thành viên có đại biểu biểu quyết tại hội nghị; mỗi đơn vị một phiếu mỗi vòng (409 VOTE_ALREADY_CAST). "
                    + "Biên nhận chỉ trả về một lần. Nên gửi Idempotency-Key: gửi lại được trả lời như lần đầu và không tính hai lần "
                    + "/ a member unit's officer whose unit has a voting delegate at the conference; one ballot per unit and round; "
                    + "the receipt is shown once; send an Idempotency-Key so a retry gets the first answer and is counted once.")
    @APIResponse(responseCode = "200", description = "Đã nhận phiếu; lá phiếu không có địa chỉ riêng (bí mật) / cast; a ballot has no address of its own (secrecy)",
            content = @Content(schema = @Schema(implementation = CastReceipt.class)))
    public Response cast(@PathParam("id") Long id, @NotNull @Valid BallotInput input) {
        return Response.ok(box.cast(id, input.round(), input))
                .header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("{id}/paper-count")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER })
    @Operation(operationId = "enterPaperCount", summary = "Nhập kết quả kiểm phiếu giấy / enter a teller's hand count",
            description = "Mỗi người kiểm phiếu nhập độc lập khi vòng đã kết thúc bỏ phiếu; hai kết quả khác nhau thì không kiểm phiếu được "
                    + "(409 VOTE_PAPER_COUNTS_DIFFER nêu chỗ khác) / each teller enters independently once the round is closed; "
                    + "a difference blocks the tally, naming what differs.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = VoteData.class)))
    public Response paperCount(@PathParam("id") Long id, @HeaderParam("If-Match") @Parameter(required = true) String ifMatch,
            @NotNull @Valid PaperCountInput input) {
        return Responses.ok(box.enterPaperCount(id, input.round(), IfMatch.parse(ifMatch), input));
    }

    @GET
    @Path("{id}/counting-minutes.pdf")
    @Produces({ PdfDocuments.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "downloadCountingMinutes", summary = "Biên bản kiểm phiếu của vòng (PDF) / a round's counting minutes",
            description = "Theo thể thức Nghị định 30/2020/NĐ-CP, từ số liệu đã lưu; cùng dữ liệu cho cùng tệp (SHA-256 công bố kèm kết quả) "
                    + "/ NĐ 30/2020 layout, from the stored counts; the same bytes for the same data (its SHA-256 is published).")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = PdfDocuments.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response countingMinutes(@PathParam("id") Long id,
            @QueryParam("round") @Parameter(description = "Vòng (mặc định: vòng hiện tại) / the round (default: the current one)")
            @Min(1) @Max(3) Integer round) {
        return Responses.attachment(documents.countingMinutes(id, round), PdfDocuments.MEDIA_TYPE);
    }

    @GET
    @Path("{id}/minutes.pdf")
    @Produces({ PdfDocuments.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICER, Roles.VIEWER, Roles.PORTAL, Roles.NATIONAL })
    @Operation(operationId = "downloadVoteMinutes", summary = "Biên bản bầu cử, biểu quyết (PDF) / the vote's minutes",
            description = "Các vòng, đơn vị đã bỏ phiếu (không có nội dung phiếu), kết quả / the rounds, the units that voted (never how), the result.")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = PdfDocuments.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response minutes(@PathParam("id") Long id) {
        return Responses.attachment(documents.minutes(id), PdfDocuments.MEDIA_TYPE);
    }
}
