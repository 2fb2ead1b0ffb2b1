package vn.thidua.vote;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.unit.UnitRef;

@Schema(name = "VoteRound", description = "Một vòng bỏ phiếu; số phiếu chỉ có sau khi kiểm phiếu, và chỉ chủ trì, Ban TĐKT thấy trước khi công bố "
        + "/ one round; counts exist only after the tally and only the chair and the Board see them before publication")
public record VoteRoundData(
        @Schema(required = true, examples = "1") int number,
        @Schema(required = true) RoundKind kind,
        @Schema(required = true, examples = "2") int seats,
        @Schema(required = true) VoteStatus status,
        @Schema(examples = "15", description = "Số đơn vị thành viên / member units") Integer members,
        @Schema(examples = "13", description = "Số đơn vị có mặt được biểu quyết / units present with a vote") Integer present,
        @Schema(examples = "13") Integer ballotsIssued,
        @Schema(examples = "13") Integer ballotsReceived,
        @Schema(examples = "12") Integer ballotsValid,
        @Schema(examples = "1") Integer ballotsInvalid,
        @Schema(required = true) List<Candidate> candidates,
        @Schema(description = "Kết quả có thể làm lộ lá phiếu của đơn vị nếu công bố / what publishing would reveal of single units' votes")
        List<DisclosureWarning> disclosureWarnings,
        @Schema(description = "Hạt giống bốc thăm đã lưu (vòng 3) / the lot's stored seed (round 3)") Long lotSeed,
        Instant openedAt,
        Instant closedAt,
        Instant talliedAt,
        Instant certifiedAt,
        Instant publishedAt,
        @Schema(description = "SHA-256 của biên bản kiểm phiếu (PDF) khi công bố / SHA-256 of the counting minutes (PDF) as published",
                examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String resultSha256,
        @Schema(description = "Người kiểm phiếu đã nhập kết quả (PAPER) / the teller slots that entered their count (PAPER)") List<Integer> paperCountsEntered,
        @Schema(description = "Danh sách phiếu khi đã công bố: mỗi biên nhận với lựa chọn (đối chiếu và kiểm phiếu lại) "
                + "/ once published, every receipt with its ballot (to check one's own and re-count)") List<BallotData> ballots) {

    @Schema(name = "VoteRoundCandidate", description = "Ứng viên của vòng và kết quả / a candidate of the round and its result")
    public record Candidate(
            @Schema(required = true) UnitRef unit,
            @Schema(examples = "9") Integer votes,
            @Schema(description = "Đạt ngưỡng trúng cử / reached the threshold") Boolean reached,
            @Schema(examples = "1", description = "Thứ tự trúng cử (1: Trưởng khối khi bầu cả hai) / the seat won (1: the leader when both are elected)") Integer electedRank,
            @Schema(required = true, description = "Trúng cử nhờ bốc thăm / won by the lot") boolean byLot) {
    }

    @Schema(name = "PublishedBallot", description = "Một lá phiếu đã công bố / a published ballot")
    public record BallotData(
            @Schema(required = true, examples = "K7QX2M9TB4HWN3RD") String receipt,
            @Schema(required = true, examples = "[12]") List<Long> choices,
            @Schema(description = "Đơn vị bỏ phiếu, chỉ với biểu quyết công khai (OPEN) / the voting unit, OPEN votes only") UnitRef voter) {
    }
}
