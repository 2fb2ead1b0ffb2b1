package vn.thidua.vote;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** The provincial awards a bloc proposes its members for (quota in the term's rules). */
public enum AwardKind implements Labelled {
    FLAG(Text.of("Cờ thi đua của UBND tỉnh", "Emulation flag of the Provincial People's Committee")),
    CERTIFICATE(Text.of("Bằng khen của Chủ tịch UBND tỉnh", "Certificate of merit of the Provincial Chairman"));

    private final Text label;

    AwardKind(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
