package vn.thidua.vote;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** How members vote: secret ballot, open vote (names recorded), or paper ballots counted by two tellers. */
public enum VoteMethod implements Labelled {
    SECRET(Text.of("Bỏ phiếu kín", "Secret ballot")),
    OPEN(Text.of("Biểu quyết công khai", "Open vote")),
    PAPER(Text.of("Bỏ phiếu kín bằng phiếu giấy", "Paper ballot"));

    private final Text label;

    VoteMethod(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
