package vn.thidua.vote;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.unit.UnitRef;

@Schema(name = "Vote", description = "Cuộc bỏ phiếu (bầu cử, bình xét, biểu quyết) và các vòng của nó / a vote and its rounds")
public record VoteData(
        @Schema(required = true, examples = "4") Long id,
        @Schema(required = true, examples = "7") Long termId,
        @Schema(required = true, examples = "2023") int termYear,
        @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật") String blocName,
        @Schema(required = true, examples = "12") Long conferenceId,
        @Schema(required = true, examples = "Hội nghị tổng kết năm 2023") String conferenceTitle,
        @Schema(required = true) VoteKind kind,
        LeadershipSeats leadershipSeats,
        AwardKind award,
        @Schema(required = true) VoteMethod method,
        @Schema(required = true, examples = "Bầu Trưởng khối, Phó trưởng khối năm 2024") String title,
        @Schema(required = true, examples = "2") int seats,
        @Schema(required = true, description = "Bước của vòng hiện tại / the current round's step") VoteStatus status,
        @Schema(required = true, examples = "1") int currentRound,
        @Schema(required = true, description = "Ứng viên theo thứ tự trên phiếu / the candidates in ballot order") List<UnitRef> candidates,
        @Schema(required = true) List<VoteInput.Teller> tellers,
        String voidReason,
        @Schema(required = true) List<VoteRoundData> rounds,
        @Schema(description = "Đơn vị đã bỏ phiếu ở vòng hiện tại (chỉ Ban TĐKT và chủ trì; không cho biết bầu ai) "
                + "/ the units that voted in the current round (the Board and the chair only; never what they chose)") List<Voter> voted,
        @Schema(description = "Đơn vị của người gọi đã bỏ phiếu ở vòng hiện tại chưa / whether the caller's unit voted in the current round") Boolean ownUnitVoted,
        @Schema(description = "Đơn vị trúng cử theo thứ tự, khi đã công nhận / the elected units in order, once certified") List<UnitRef> elected,
        Instant createdAt,
        @Schema(required = true, examples = "0") long version,
        @Schema(examples = "[\"OPEN\"]", description = "EDIT, OPEN, CLOSE, TALLY, CERTIFY, PUBLISH, NEXT_ROUND, DRAW_LOT, VOID, CAST, ENTER_PAPER_COUNT, "
                + "DOWNLOAD_MINUTES (không có ở bản công khai / absent on the public read)") List<String> permissions) {

    /** A row of the register: the unit that voted and the delegate who acted for it (never its choice). */
    @Schema(name = "VoteRegisterRow", description = "Đơn vị đã bỏ phiếu và đại biểu đã bỏ phiếu thay đơn vị / a unit that voted and the delegate who acted for it")
    public record Voter(
            @Schema(required = true) UnitRef unit,
            @Schema(examples = "Ông Trần Văn Dự", description = "Không có: tài liệu không nêu / none: not given by the sources") String delegateName,
            @Schema(examples = "Phó Giám đốc") String delegateTitle,
            @Schema(examples = "Ông Nguyễn Văn An", description = "Đại biểu vắng mặt mà người bỏ phiếu thay mặt (đại biểu thay thế) "
                    + "/ the absent delegate the one who cast acted for (a substitute)") String substituteFor) {
    }

    /** What the ETag is computed from: without the caller's own parts and the running turnout. */
    public VoteData tagged() {
        return new VoteData(id, termId, termYear, blocName, conferenceId, conferenceTitle, kind, leadershipSeats, award, method, title,
                seats, status, currentRound, candidates, tellers, voidReason, rounds, null, null, elected, createdAt, version, null);
    }
}
