package vn.thidua.award;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** Why a unit may not be proposed for an award while the restriction is active (DOMAIN.md: awards' eligibility). */
public enum RestrictionKind implements Labelled {
    DISCIPLINE(Text.of("kỷ luật", "discipline")),
    INVESTIGATION(Text.of("điều tra", "investigation")),
    INSPECTION(Text.of("thanh tra, kiểm tra", "inspection")),
    COMPLAINT(Text.of("khiếu nại, tố cáo chưa giải quyết xong", "an open complaint"));

    private final Text label;

    RestrictionKind(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
