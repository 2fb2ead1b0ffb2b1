package vn.thidua.sheet;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreChange", description = "Một thay đổi của một trường điểm / one change of one score field")
public record ScoreChangeData(
        @Schema(required = true) long criterionId,
        @Schema(required = true) String criterionCode,
        @Schema(required = true, description = "SELF tự chấm, REVIEW chấm chéo, FINAL tổng hợp") ScoreChange.Stage stage,
        Long reviewId,
        @Schema(description = "Đơn vị chấm chéo / the reviewer") String reviewerName,
        @Schema(required = true) ScoreChange.Field field,
        String oldValue,
        String newValue,
        @Schema(required = true) String changedBy,
        @Schema(required = true) Instant changedAt) {
}
