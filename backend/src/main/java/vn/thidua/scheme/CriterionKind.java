package vn.thidua.scheme;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/** How a criterion is scored; only the first three count towards the group's and the scheme's maxima. */
public enum CriterionKind implements Labelled {
    QUALITATIVE(Text.of("chấm theo mức (0 đến tối đa)", "qualitative (0 to max)")),
    QUANTITATIVE(Text.of("định lượng so với chỉ tiêu", "quantitative against a target")),
    PER_OCCURRENCE(Text.of("tính theo số lần, có mức trần", "per occurrence, capped")),
    BONUS(Text.of("điểm thưởng", "bonus")),
    PENALTY(Text.of("điểm trừ", "penalty")),
    DISQUALIFIER(Text.of("tiêu chí loại trừ khen thưởng", "disqualifier"));

    private final Text label;

    CriterionKind(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }

    /** Whether its maximum is part of the group's maximum (bonus and penalty have caps of their own). */
    public boolean countsTowardsMaxima() {
        return this == QUALITATIVE || this == QUANTITATIVE || this == PER_OCCURRENCE;
    }
}
