package vn.thidua.vote;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VoteStatusChange", description = "Chuyển bước vòng bỏ phiếu hiện tại / move the current round one step")
public record VoteStatusChange(
        @Schema(required = true, examples = "OPEN", description = "OPEN, CLOSED, TALLIED (kiểm phiếu; kết quả có thể là NO_RESULT / the tally, which may end NO_RESULT), "
                + "CERTIFIED, DRAFT (từ NO_RESULT: vòng sau / from NO_RESULT: the next round), TALLIED từ NO_RESULT ở vòng 3: bốc thăm / from NO_RESULT in round 3: the lot, "
                + "VOID (Ban TĐKT, kèm lý do / the Board, with a reason)") @NotNull VoteStatus status,
        @Schema(examples = "Phát hiện sai sót trong danh sách ứng viên") @Size(max = 1000) String reason) {
}
