package vn.thidua.term;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** What a winning threshold is a share of. */
public enum ThresholdBase implements Labelled {
    VALID_BALLOTS(Text.of("Số phiếu hợp lệ", "Valid ballots")),
    PRESENT_MEMBERS(Text.of("Số thành viên có mặt", "Members present")),
    ALL_MEMBERS(Text.of("Tổng số thành viên", "All members"));

    private final Text label;

    ThresholdBase(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
