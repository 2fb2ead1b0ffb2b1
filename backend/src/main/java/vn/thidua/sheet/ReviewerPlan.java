package vn.thidua.sheet;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewerPlan", description = """
        Phân công chấm chéo: ROUND_ROBIN (mỗi bảng do N đơn vị kế tiếp theo thứ tự tên chấm) hoặc CHOSEN (chọn cho từng bảng; \
        có thể là Trưởng khối, Phó trưởng khối), không bao giờ chính đơn vị được chấm. Thay toàn bộ phân công chưa nộp điểm. \
        / ROUND_ROBIN (each sheet by the next N units in name order) or CHOSEN per sheet; never the scored unit; replaces the \
        assignments that have no submitted scores.""")
public record ReviewerPlan(
        @Schema(required = true, examples = "ROUND_ROBIN") @NotNull Mode mode,
        @Schema(examples = "2", description = "ROUND_ROBIN: số đơn vị chấm mỗi bảng / reviewers per sheet") @Min(1) @Max(14) Integer reviewersPerSheet,
        @Schema(description = "CHOSEN: đơn vị chấm cho từng bảng / the reviewers of each sheet") @Size(max = 100) List<@NotNull @Valid SheetReviewers> assignments) {

    @Schema(name = "ReviewerPlanMode")
    public enum Mode { ROUND_ROBIN, CHOSEN }

    @Schema(name = "SheetReviewers")
    public record SheetReviewers(
            @Schema(required = true, examples = "41") @NotNull @Positive Long sheetId,
            @Schema(required = true) @NotNull @Size(min = 1, max = 14) List<@NotNull @Positive Long> reviewerUnitIds) {
    }
}
