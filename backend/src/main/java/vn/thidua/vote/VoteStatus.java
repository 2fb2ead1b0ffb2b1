package vn.thidua.vote;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** A round's (and its vote's) lifecycle: DRAFT → OPEN → CLOSED → TALLIED → CERTIFIED, or NO_RESULT (a runoff, a re-vote, a lot), or VOID. */
public enum VoteStatus implements Labelled {
    DRAFT(Text.of("Dự thảo", "Draft")),
    OPEN(Text.of("Đang bỏ phiếu", "Open")),
    CLOSED(Text.of("Đã kết thúc bỏ phiếu", "Closed")),
    TALLIED(Text.of("Đã kiểm phiếu", "Tallied")),
    NO_RESULT(Text.of("Chưa có kết quả", "No result")),
    CERTIFIED(Text.of("Đã công nhận kết quả", "Certified")),
    VOID(Text.of("Đã hủy", "Void"));

    private final Text label;

    VoteStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
