package vn.thidua.sheet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** A sheet's lifecycle: DRAFT → SELF_SUBMITTED → IN_REVIEW → (EXPLANATION_REQUESTED ↔ EXPLAINED) → CONSOLIDATED → FINAL. */
@Schema(name = "ScoreSheetStatus")
public enum SheetStatus implements Labelled {
    DRAFT(Text.of("Đang tự chấm", "Draft")),
    SELF_SUBMITTED(Text.of("Đã nộp bảng tự chấm", "Self-score submitted")),
    IN_REVIEW(Text.of("Đang chấm chéo", "In review")),
    EXPLANATION_REQUESTED(Text.of("Được yêu cầu giải trình", "Explanation requested")),
    EXPLAINED(Text.of("Đã giải trình", "Explained")),
    CONSOLIDATED(Text.of("Đã tổng hợp điểm", "Consolidated")),
    FINAL(Text.of("Điểm chính thức", "Final"));

    private final Text label;

    SheetStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
