package vn.thidua.covenant;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** DRAFT → CIRCULATED → SIGNED (by the last member's signature, or closed by the leader with the missing named). */
public enum CovenantStatus implements Labelled {
    DRAFT(Text.of("Dự thảo", "Draft")),
    CIRCULATED(Text.of("Đã gửi các đơn vị ký", "Circulated for signature")),
    SIGNED(Text.of("Đã ký kết", "Signed"));

    private final Text label;

    CovenantStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
