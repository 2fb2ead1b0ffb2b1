package vn.thidua.campaign;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** DRAFT → SUBMITTED → ACCEPTED | RETURNED (with a reason); a returned one is edited and submitted again. */
public enum RegistrationStatus implements Labelled {
    DRAFT(Text.of("Dự thảo", "Draft")),
    SUBMITTED(Text.of("Đã gửi", "Submitted")),
    ACCEPTED(Text.of("Đã chấp nhận", "Accepted")),
    RETURNED(Text.of("Trả lại để bổ sung", "Returned"));

    private final Text label;

    RegistrationStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
