package vn.thidua.ranking;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** A ranking's lifecycle: DRAFT → CONFIRMED → PUBLISHED (public from then on). */
public enum RankingStatus implements Labelled {
    DRAFT(Text.of("Dự thảo kết quả xếp hạng", "Draft")),
    CONFIRMED(Text.of("Đã xác nhận", "Confirmed")),
    PUBLISHED(Text.of("Đã công bố", "Published"));

    private final Text label;

    RankingStatus(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }
}
