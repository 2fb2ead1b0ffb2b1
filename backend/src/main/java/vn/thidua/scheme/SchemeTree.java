package vn.thidua.scheme;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;

/**
 * The groups → criteria tree of a draft: each criterion's own rules (checked on every save, so a draft
 * is always scoreable arithmetic) and the copy of a tree into a scheme. Whether the maxima add up is
 * the adoption's rule ({@link SchemeLifecycle}), so a draft may be saved half-done.
 */
@ApplicationScoped
public class SchemeTree {

    static final BigDecimal DEFAULT_STEP = new BigDecimal("0.25");

    public void validate(SchemeInput input) {
        if (input.scoreFloor() != null && input.scoreFloor().compareTo(input.totalPoints()) > 0) {
            throw DomainException.rule("SCHEME_FLOOR_ABOVE_TOTAL", Text.of(
                    "Điểm sàn {0} không được cao hơn tổng điểm {1}.", "The floor {0} cannot be above the total {1}.")
                    .with(plain(input.scoreFloor()), plain(input.totalPoints())), "scoreFloor");
        }
        if (input.tieBreaks() != null && !TieBreak.valid(input.tieBreaks())) {
            throw DomainException.rule("SCHEME_TIE_BREAKS_INVALID", Text.of(
                    "Thứ tự xét khi bằng điểm không được lặp bước nào và phải kết thúc bằng bốc thăm (LOT), để mọi trường hợp bằng điểm đều phân định được.",
                    "The tie-break chain must not repeat a step and must end with LOT, so every tie is decided."), "tieBreaks");
        }
        Set<String> groupCodes = new HashSet<>();
        Set<String> criterionCodes = new HashSet<>();
        for (int i = 0; i < input.groups().size(); i++) {
            GroupInput g = input.groups().get(i);
            String gField = "groups[" + i + "]";
            if (!groupCodes.add(g.code().trim())) {
                throw duplicate(g.code(), gField + ".code");
            }
            for (int j = 0; j < g.criteria().size(); j++) {
                CriterionInput c = g.criteria().get(j);
                String field = gField + ".criteria[" + j + "]";
                if (!criterionCodes.add(c.code().trim())) {
                    throw duplicate(c.code(), field + ".code");
                }
                validate(c, field);
            }
        }
    }

    private static void validate(CriterionInput c, String field) {
        BigDecimal step = c.step() == null ? DEFAULT_STEP : c.step();
        switch (c.kind()) {
            case DISQUALIFIER -> {
                if (c.maxPoints().signum() != 0) {
                    throw DomainException.rule("SCHEME_DISQUALIFIER_POINTS", Text.of(
                            "Tiêu chí loại trừ {0} không có điểm (điểm tối đa phải là 0).",
                            "The disqualifier {0} carries no points (its max must be 0).").with(c.code()), field + ".maxPoints");
                }
            }
            case QUANTITATIVE -> {
                if (c.target() == null || c.formula() == null) {
                    throw DomainException.rule("SCHEME_QUANTITY_INCOMPLETE", Text.of(
                            "Tiêu chí định lượng {0} cần chỉ tiêu (target) và công thức (formula).",
                            "The quantitative criterion {0} needs a target and a formula.").with(c.code()),
                            field + (c.target() == null ? ".target" : ".formula"));
                }
                if (c.formula() == QuantityFormula.THRESHOLD_STEPS) {
                    requireThresholds(c, field);
                }
            }
            case PER_OCCURRENCE -> {
                if (c.pointsEach() == null || c.pointsEach().compareTo(c.maxPoints()) > 0) {
                    throw DomainException.rule("SCHEME_POINTS_EACH_INVALID", Text.of(
                            "Tiêu chí {0} tính theo số lần cần điểm mỗi lần (pointsEach), không quá điểm tối đa {1}.",
                            "The per-occurrence criterion {0} needs points per occurrence no higher than its max {1}.")
                            .with(c.code(), plain(c.maxPoints())), field + ".pointsEach");
                }
            }
            default -> requireStep(c, step, field);
        }
    }

    private static void requireStep(CriterionInput c, BigDecimal step, String field) {
        if (step.compareTo(c.maxPoints()) > 0 && c.maxPoints().signum() > 0
                || c.maxPoints().remainder(step).signum() != 0) {
            throw DomainException.rule("SCHEME_STEP_MISMATCH", Text.of(
                    "Điểm tối đa {0} của tiêu chí {1} không chia hết cho bước điểm {2}.",
                    "The max {0} of criterion {1} is not a multiple of its step {2}.")
                    .with(plain(c.maxPoints()), c.code(), plain(step)), field + ".maxPoints");
        }
    }

    private static void requireThresholds(CriterionInput c, String field) {
        List<Threshold> t = c.thresholds() == null ? List.of() : c.thresholds();
        boolean ok = !t.isEmpty();
        for (int k = 0; ok && k < t.size(); k++) {
            ok = t.get(k).points().compareTo(c.maxPoints()) <= 0 && (k == 0
                    || t.get(k).atLeastPercent().compareTo(t.get(k - 1).atLeastPercent()) > 0
                            && t.get(k).points().compareTo(t.get(k - 1).points()) >= 0);
        }
        if (!ok) {
            throw DomainException.rule("SCHEME_THRESHOLDS_INVALID", Text.of(
                    "Các ngưỡng của tiêu chí {0} phải có ít nhất một mức, tỷ lệ tăng dần, điểm không giảm và không quá {1}.",
                    "The thresholds of criterion {0} need at least one step, rising percents, non-decreasing points up to {1}.")
                    .with(c.code(), plain(c.maxPoints())), field + ".thresholds");
        }
    }

    /** Fills an empty scheme with the input's tree, keeping of each criterion only its kind's own fields. */
    public void apply(Scheme s, SchemeInput input) {
        s.title = input.title().trim();
        s.totalPoints = input.totalPoints();
        s.scoreFloor = (input.scoreFloor() == null ? BigDecimal.ZERO : input.scoreFloor()).setScale(2);
        s.tieBreaks = TieBreak.format(input.tieBreaks() == null ? TieBreak.DEFAULT : input.tieBreaks());
        for (int i = 0; i < input.groups().size(); i++) {
            GroupInput gi = input.groups().get(i);
            SchemeGroup g = new SchemeGroup();
            g.scheme = s;
            g.position = i + 1;
            g.code = gi.code().trim();
            g.title = gi.title().trim();
            g.maxPoints = gi.maxPoints();
            for (int j = 0; j < gi.criteria().size(); j++) {
                CriterionInput ci = gi.criteria().get(j);
                SchemeCriterion c = new SchemeCriterion();
                c.scheme = s;
                c.group = g;
                c.position = j + 1;
                c.code = ci.code().trim();
                c.title = ci.title().trim();
                c.guidance = ci.guidance() == null || ci.guidance().isBlank() ? null : ci.guidance().trim();
                c.kind = ci.kind();
                c.maxPoints = ci.maxPoints();
                c.step = ci.step() == null ? DEFAULT_STEP : ci.step();
                c.evidenceRequired = Boolean.TRUE.equals(ci.evidenceRequired());
                if (ci.kind() == CriterionKind.QUANTITATIVE) {
                    c.target = ci.target();
                    c.unitOfMeasure = ci.unitOfMeasure() == null || ci.unitOfMeasure().isBlank() ? null : ci.unitOfMeasure().trim();
                    c.formula = ci.formula();
                    c.thresholds = ci.formula() == QuantityFormula.THRESHOLD_STEPS ? List.copyOf(ci.thresholds()) : List.of();
                }
                if (ci.kind() == CriterionKind.PER_OCCURRENCE) {
                    c.pointsEach = ci.pointsEach();
                }
                g.criteria.add(c);
            }
            s.groups.add(g);
        }
    }

    /** A scheme's tree as input, to copy it into a new version. */
    static SchemeInput inputOf(Scheme s) {
        return new SchemeInput(s.title, s.totalPoints, s.groups.stream().map(g -> new GroupInput(g.code, g.title, g.maxPoints,
                g.criteria.stream().map(c -> new CriterionInput(c.code, c.title, c.guidance, c.kind, c.maxPoints, c.step,
                        c.evidenceRequired, c.target, c.unitOfMeasure, c.formula, c.thresholds, c.pointsEach)).toList()))
                .toList(), s.scoreFloor, s.tieBreakChain());
    }

    private static DomainException duplicate(String code, String field) {
        return DomainException.rule("SCHEME_DUPLICATE_CODE", Text.of(
                "Mã {0} đã dùng cho một nhóm hoặc tiêu chí khác của thang điểm.",
                "The code {0} is already used by another group or criterion of the scheme.").with(code), field);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
