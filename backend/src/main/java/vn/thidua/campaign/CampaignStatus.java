package vn.thidua.campaign;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** DRAFT → LAUNCHED → CLOSED. */
public enum CampaignStatus implements Labelled {
    DRAFT(Text.of("Dự thảo", "Draft")),
    LAUNCHED(Text.of("Đã phát động", "Launched")),
    CLOSED(Text.of("Đã kết thúc", "Closed"));

    private final Text label;

    CampaignStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
