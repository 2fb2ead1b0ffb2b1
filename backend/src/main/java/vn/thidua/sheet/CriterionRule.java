package vn.thidua.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.scheme.CriterionKind;
import vn.thidua.scheme.QuantityFormula;
import vn.thidua.scheme.SchemeCriterion;
import vn.thidua.scheme.Threshold;

/**
 * How one criterion turns what a unit enters into points. The value is the points themselves
 * (QUALITATIVE, BONUS, PENALTY: 0..max on the step), the achieved quantity (QUANTITATIVE, through the
 * declared formula), the number of occurrences (PER_OCCURRENCE: points each, up to the cap) or 1/0
 * (DISQUALIFIER: met or not, no points). Points are never negative: a penalty's are subtracted.
 */
public record CriterionRule(String code, CriterionKind kind, BigDecimal maxPoints, BigDecimal step, BigDecimal target,
        QuantityFormula formula, List<Threshold> thresholds, BigDecimal pointsEach) {

    public static CriterionRule of(SchemeCriterion c) {
        return new CriterionRule(c.code, c.kind, c.maxPoints, c.step, c.target, c.formula,
                c.thresholds == null ? List.of() : c.thresholds, c.pointsEach);
    }

    /** 422 unless {@code value} is a value this criterion accepts. */
    public void check(BigDecimal value, String field) {
        if (value.signum() < 0) {
            throw invalid(field, Text.of("Tiêu chí {0}: giá trị không được âm.", "Criterion {0}: the value cannot be negative.")
                    .with(code));
        }
        switch (kind) {
            case QUALITATIVE, BONUS, PENALTY -> {
                if (value.compareTo(maxPoints) > 0) {
                    throw invalid(field, Text.of("Tiêu chí {0}: tối đa {1} điểm.", "Criterion {0}: at most {1} points.")
                            .with(code, plain(maxPoints)));
                }
                if (value.remainder(step).signum() != 0) {
                    throw invalid(field, Text.of("Tiêu chí {0}: điểm phải là bội số của {1} (ví dụ {2}).",
                            "Criterion {0}: points go in steps of {1} (e.g. {2}).")
                            .with(code, plain(step), plain(value.subtract(value.remainder(step)))));
                }
            }
            case PER_OCCURRENCE -> {
                if (value.stripTrailingZeros().scale() > 0) {
                    throw invalid(field, Text.of("Tiêu chí {0}: số lần phải là số nguyên.", "Criterion {0}: a count is a whole number.")
                            .with(code));
                }
            }
            case DISQUALIFIER -> {
                if (value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
                    throw invalid(field, Text.of("Tiêu chí loại trừ {0}: chỉ nhận 1 (có vi phạm) hoặc 0 (không).",
                            "Disqualifier {0}: 1 (applies) or 0 (does not) only.").with(code));
                }
            }
            case QUANTITATIVE -> {
                if (value.compareTo(new BigDecimal("999999999999")) > 0) {
                    throw invalid(field, Text.of("Tiêu chí {0}: số liệu quá lớn.", "Criterion {0}: the figure is too large.")
                            .with(code));
                }
            }
        }
    }

    /** The points {@code value} earns (already checked); a penalty's points are what it takes away. */
    public BigDecimal points(BigDecimal value) {
        BigDecimal p = switch (kind) {
            case QUALITATIVE, BONUS, PENALTY -> value;
            case PER_OCCURRENCE -> value.multiply(pointsEach).min(maxPoints);
            case DISQUALIFIER -> BigDecimal.ZERO;
            case QUANTITATIVE -> quantity(value);
        };
        return p.setScale(2, RoundingMode.HALF_UP);
    }

    public boolean disqualifies(BigDecimal value) {
        return kind == CriterionKind.DISQUALIFIER && value != null && value.compareTo(BigDecimal.ONE) == 0;
    }

    private BigDecimal quantity(BigDecimal achieved) {
        if (target == null || target.signum() == 0) {
            return achieved.signum() > 0 ? maxPoints : BigDecimal.ZERO;
        }
        BigDecimal percent = achieved.multiply(BigDecimal.valueOf(100)).divide(target, 4, RoundingMode.DOWN);
        if (formula == QuantityFormula.THRESHOLD_STEPS) {
            BigDecimal reached = BigDecimal.ZERO;
            for (Threshold t : thresholds) {
                if (percent.compareTo(t.atLeastPercent()) >= 0) {
                    reached = t.points();
                }
            }
            return reached.min(maxPoints);
        }
        // proportional, rounded down to the criterion's step: never more than was achieved
        BigDecimal raw = maxPoints.multiply(percent.min(BigDecimal.valueOf(100))).divide(BigDecimal.valueOf(100), 4, RoundingMode.DOWN);
        return raw.subtract(raw.remainder(step)).min(maxPoints);
    }

    private static DomainException invalid(String field, Text text) {
        return DomainException.rule("SHEET_SCORE_INVALID", text, field);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
