package vn.thidua.conference;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** What a conference is for. */
public enum ConferenceKind implements Labelled {
    COVENANT_SIGNING(Text.of("Hội nghị ký kết giao ước thi đua", "Covenant signing")),
    MID_YEAR_REVIEW(Text.of("Hội nghị sơ kết 6 tháng", "Mid-year review")),
    YEAR_END_REVIEW(Text.of("Hội nghị tổng kết năm", "Year-end review")),
    OTHER(Text.of("Hội nghị khác", "Other conference"));

    private final Text label;

    ConferenceKind(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
