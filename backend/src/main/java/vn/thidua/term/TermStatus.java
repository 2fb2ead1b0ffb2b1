package vn.thidua.term;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** A term's lifecycle, one step at a time: PLANNING → ACTIVE → SCORING → RESULTS_CONFIRMED → CLOSED. */
public enum TermStatus implements Labelled {
    PLANNING(Text.of("Đang lập kế hoạch", "Planning")),
    ACTIVE(Text.of("Đang thi đua", "Active")),
    SCORING(Text.of("Đang chấm điểm", "Scoring")),
    RESULTS_CONFIRMED(Text.of("Đã xác nhận kết quả", "Results confirmed")),
    CLOSED(Text.of("Đã kết thúc", "Closed"));

    private final Text label;

    TermStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
