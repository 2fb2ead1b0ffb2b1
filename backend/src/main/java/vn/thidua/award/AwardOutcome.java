package vn.thidua.award;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** The Board's appraisal of one proposed unit. */
public enum AwardOutcome implements Labelled {
    APPROVED(Text.of("Đồng ý đề nghị", "Approved")),
    DOWNGRADED(Text.of("Đề nghị hình thức thấp hơn (Bằng khen thay Cờ thi đua)", "Downgraded (certificate instead of flag)")),
    REJECTED(Text.of("Không đề nghị", "Rejected"));

    private final Text label;

    AwardOutcome(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
