package vn.thidua.vote;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** Why a tallied result would reveal how individual units voted if published. */
public enum DisclosureWarning implements Labelled {
    UNANIMOUS(Text.of("Mọi phiếu hợp lệ đều bầu cùng một ứng viên: kết quả cho biết từng đơn vị đã bầu ai.",
            "Every valid ballot chose the same candidate: the result shows how each unit voted.")),
    SINGLE_VOTE(Text.of("Có ứng viên chỉ được đúng một phiếu trong một số ít đơn vị bỏ phiếu.",
            "A candidate received exactly one vote in a small electorate.")),
    IDENTICAL_BALLOTS(Text.of("Mọi phiếu đều giống hệt nhau.", "Every ballot is identical."));

    private final Text label;

    DisclosureWarning(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
