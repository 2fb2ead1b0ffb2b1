package vn.thidua.term;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** How a leader election fills the two seats: one ballot (most votes leader, runner-up deputy) or two successive ballots (leader, then deputy). */
public enum LeaderBallots implements Labelled {
    ONE_BALLOT(Text.of("Một lần bỏ phiếu cho cả Trưởng khối và Phó trưởng khối", "One ballot for leader and deputy")),
    TWO_BALLOTS(Text.of("Bỏ phiếu riêng Trưởng khối, rồi Phó trưởng khối", "Two ballots: leader, then deputy"));

    private final Text label;

    LeaderBallots(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
