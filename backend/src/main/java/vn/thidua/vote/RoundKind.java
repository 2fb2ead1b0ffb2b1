package vn.thidua.vote;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** Which round: the first, a runoff between the top candidates, a re-vote of the runoff (then a lot). */
public enum RoundKind implements Labelled {
    FIRST(Text.of("Vòng một", "First round")),
    RUNOFF(Text.of("Bầu lại giữa các ứng viên cao phiếu nhất", "Runoff")),
    REVOTE(Text.of("Bỏ phiếu lại", "Re-vote"));

    private final Text label;

    RoundKind(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
