package vn.thidua.sheet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** A reviewer's part of one sheet: ASSIGNED → SUBMITTED. */
@Schema(name = "ScoreReviewStatus")
public enum ReviewStatus implements Labelled {
    ASSIGNED(Text.of("Được phân công chấm", "Assigned")),
    SUBMITTED(Text.of("Đã nộp điểm chấm", "Submitted"));

    private final Text label;

    ReviewStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
