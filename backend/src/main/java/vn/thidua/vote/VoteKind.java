package vn.thidua.vote;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** What a vote decides: next year's leadership, units to propose for an award, or anything else (e.g. adopting a scheme). */
public enum VoteKind implements Labelled {
    LEADER_ELECTION(Text.of("Bầu Trưởng khối, Phó trưởng khối", "Election of the leader and deputy")),
    AWARD_VOTE(Text.of("Bình xét, suy tôn khen thưởng", "Award vote")),
    OTHER(Text.of("Biểu quyết khác", "Other vote"));

    private final Text label;

    VoteKind(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
