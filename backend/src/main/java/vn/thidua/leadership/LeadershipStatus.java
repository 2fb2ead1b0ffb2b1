package vn.thidua.leadership;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** A leadership result's lifecycle: PROPOSED → CONFIRMED (the Board) → HANDED_OVER (trao cờ), or PROPOSED → WITHDRAWN (with a reason). */
public enum LeadershipStatus implements Labelled {
    PROPOSED(Text.of("Đề xuất", "Proposed")),
    CONFIRMED(Text.of("Đã được Ban xác nhận", "Confirmed by the Board")),
    HANDED_OVER(Text.of("Đã trao cờ Khối trưởng", "Handed over")),
    WITHDRAWN(Text.of("Đã rút", "Withdrawn"));

    private final Text label;

    LeadershipStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
