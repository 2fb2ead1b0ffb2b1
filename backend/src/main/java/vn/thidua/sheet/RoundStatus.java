package vn.thidua.sheet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** A scoring round's phases: SELF_SCORING → REVIEWING → REVIEW_CLOSED. */
@Schema(name = "ScoringRoundStatus")
public enum RoundStatus implements Labelled {
    SELF_SCORING(Text.of("Đơn vị tự chấm", "Self-scoring")),
    REVIEWING(Text.of("Đang chấm chéo, thẩm định", "Reviewing")),
    REVIEW_CLOSED(Text.of("Đã kết thúc chấm chéo", "Review closed"));

    private final Text label;

    RoundStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
