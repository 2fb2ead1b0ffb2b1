package vn.thidua.vote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VoteSummary", description = "Cuộc bỏ phiếu trong danh sách / a vote in a list")
public record VoteSummary(
        @Schema(required = true, examples = "4") Long id,
        @Schema(required = true, examples = "12") Long conferenceId,
        @Schema(required = true) VoteKind kind,
        LeadershipSeats leadershipSeats,
        AwardKind award,
        @Schema(required = true) VoteMethod method,
        @Schema(required = true, examples = "Bầu Trưởng khối, Phó trưởng khối năm 2024") String title,
        @Schema(required = true, examples = "2") int seats,
        @Schema(required = true) VoteStatus status,
        @Schema(required = true, examples = "1") int currentRound) {
}
