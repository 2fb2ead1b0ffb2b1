package vn.thidua.sheet;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringRoundStatusChange", description = "Chuyển giai đoạn chấm điểm / move the round to its next phase")
public record RoundStatusChange(
        @Schema(required = true, examples = "REVIEWING") @NotNull RoundStatus status,
        @Schema(description = "Ghi chú / note") @Size(max = 1000) String reason) {
}
