package vn.thidua.term;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** How the leader is chosen: bầu (election), luân phiên (rotation), chỉ định (designation by decision). */
public enum LeaderSelection implements Labelled {
    ELECTION(Text.of("Bầu", "Election")),
    ROTATION(Text.of("Luân phiên", "Rotation")),
    DESIGNATION(Text.of("Chỉ định", "Designation"));

    private final Text label;

    LeaderSelection(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
