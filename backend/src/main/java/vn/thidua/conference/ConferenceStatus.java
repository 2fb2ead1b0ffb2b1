package vn.thidua.conference;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** A conference's lifecycle: SCHEDULED → HELD → MINUTES_SIGNED, or SCHEDULED → CANCELLED (with a reason). */
public enum ConferenceStatus implements Labelled {
    SCHEDULED(Text.of("Đã lên lịch", "Scheduled")),
    HELD(Text.of("Đã tổ chức", "Held")),
    MINUTES_SIGNED(Text.of("Đã ký biên bản", "Minutes signed")),
    CANCELLED(Text.of("Đã hủy", "Cancelled"));

    private final Text label;

    ConferenceStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
