package vn.thidua.membership;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** Trưởng khối, Phó trưởng khối, thành viên. */
public enum MembershipRole implements Labelled {
    LEADER(Text.of("Trưởng khối", "Leader")),
    DEPUTY(Text.of("Phó trưởng khối", "Deputy leader")),
    MEMBER(Text.of("Thành viên", "Member"));

    private final Text label;

    MembershipRole(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
