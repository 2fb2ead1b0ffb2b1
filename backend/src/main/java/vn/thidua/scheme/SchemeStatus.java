package vn.thidua.scheme;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

public enum SchemeStatus implements Labelled {
    DRAFT(Text.of("Dự thảo", "Draft")),
    ADOPTED(Text.of("Đã thông qua", "Adopted")),
    RETIRED(Text.of("Hết hiệu lực", "Retired"));

    private final Text label;

    SchemeStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
