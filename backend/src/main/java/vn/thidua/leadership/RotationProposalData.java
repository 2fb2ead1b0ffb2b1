package vn.thidua.leadership;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.unit.UnitRef;

@Schema(name = "RotationProposal", description = "Đơn vị kế tiếp theo thứ tự luân phiên sau Trưởng khối năm đang kết thúc (chưa ghi) "
        + "/ the next units in the rotation order after the outgoing leader (not recorded)")
public record RotationProposalData(
        @Schema(required = true, examples = "7") Long outgoingTermId,
        @Schema(required = true, examples = "2024") int nextYear,
        @Schema(required = true) UnitRef leader,
        UnitRef deputy,
        @Schema(required = true, description = "Đơn vị trong thứ tự bị bỏ qua và lý do / units of the order passed over, and why") List<Skipped> skipped,
        @Schema(required = true, description = "Đơn vị đã sáp nhập, thay bằng đơn vị kế thừa / merged units replaced by their successor") List<Followed> followed) {

    @Schema(name = "RotationSkipped")
    public record Skipped(@Schema(required = true) UnitRef unit,
            @Schema(required = true, examples = "NOT_A_MEMBER", enumeration = { "NOT_A_MEMBER", "NO_LIVE_SUCCESSOR", "OUTGOING_LEADER" }) String reason) {
    }

    @Schema(name = "RotationFollowed")
    public record Followed(@Schema(required = true) UnitRef from, @Schema(required = true) UnitRef to) {
    }
}
