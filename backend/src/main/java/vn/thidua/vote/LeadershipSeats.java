package vn.thidua.vote;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** The seats a leader election fills: both in one ranked ballot (most votes leader, runner-up deputy), or one of two successive ballots. */
public enum LeadershipSeats implements Labelled {
    LEADER_AND_DEPUTY(Text.of("Trưởng khối và Phó trưởng khối", "Leader and deputy")),
    LEADER(Text.of("Trưởng khối", "Leader")),
    DEPUTY(Text.of("Phó trưởng khối", "Deputy"));

    private final Text label;

    LeadershipSeats(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
