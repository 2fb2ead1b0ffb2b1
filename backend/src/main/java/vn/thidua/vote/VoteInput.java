package vn.thidua.vote;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A vote as its chair sets it up (DRAFT only). Seats follow from the kind: two for LEADER_AND_DEPUTY, one
 * for LEADER or DEPUTY, the term's quota for an award; {@code seats} is read for OTHER votes only. An
 * award vote's candidates default to the units of the term's published ranking.
 */
@Schema(name = "VoteInput", description = "Thiết lập cuộc bỏ phiếu (khi còn dự thảo) / a vote's set-up, while a draft")
public record VoteInput(
        @Schema(required = true, examples = "Bầu Trưởng khối, Phó trưởng khối năm 2024") @NotBlank @Size(max = 500) String title,
        @Schema(required = true, examples = "12", description = "Hội nghị của năm thi đua nơi bỏ phiếu / the term's conference it is held at") @NotNull Long conferenceId,
        @Schema(required = true, examples = "LEADER_ELECTION") @NotNull VoteKind kind,
        @Schema(examples = "LEADER_AND_DEPUTY", description = "Chỉ với LEADER_ELECTION / for LEADER_ELECTION only") LeadershipSeats leadershipSeats,
        @Schema(examples = "FLAG", description = "Chỉ với AWARD_VOTE / for AWARD_VOTE only") AwardKind award,
        @Schema(required = true, examples = "SECRET") @NotNull VoteMethod method,
        @Schema(examples = "1", minimum = "1", maximum = "100", description = "Số người được bầu, chỉ với OTHER / seats, for OTHER only") @Min(1) @Max(100) Integer seats,
        @Schema(examples = "[12, 15, 18]", description = "Đơn vị ứng cử theo thứ tự trên phiếu / the candidate units in ballot order")
        @Size(max = 100) List<@NotNull Long> candidateUnitIds,
        @Schema(description = "Hai người kiểm phiếu, bắt buộc với PAPER / the two tellers, required for PAPER") @Size(max = 2) List<@NotNull @Valid Teller> tellers) {

    @Schema(name = "VoteTeller", description = "Người kiểm phiếu (tài khoản đăng nhập) / a teller, by account")
    public record Teller(
            @Schema(required = true, examples = "bk.sct") @NotBlank @Size(max = 100) String username,
            @Schema(required = true, examples = "Bà Nguyễn Thị Kiểm") @NotBlank @Size(max = 200) String name) {
    }
}
