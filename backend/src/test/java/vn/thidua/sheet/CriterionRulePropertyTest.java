package vn.thidua.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.thidua.common.testing.Cases;
import vn.thidua.scheme.CriterionKind;
import vn.thidua.scheme.QuantityFormula;
import vn.thidua.scheme.Threshold;

/** {@link CriterionRule} over 2 000 random criteria and values each (fixed seeds; a failure prints its seed). */
class CriterionRulePropertyTest {

    private static final BigDecimal STEP = new BigDecimal("0.25");

    @Test
    void pointsNeverExceedTheMaximumAndAreNeverNegative() {
        Cases.run(11_000, random -> {
            CriterionRule rule = anyRule(random);
            BigDecimal value = valueFor(rule, random);
            rule.check(value, "value");
            BigDecimal points = rule.points(value);
            assertTrue(points.signum() >= 0, rule + " gave " + points + " for " + value);
            assertTrue(points.compareTo(rule.maxPoints()) <= 0, rule + " gave " + points + " above its max for " + value);
        });
    }

    @Test
    void proportionalPointsNeverExceedTheShareAchieved() {
        Cases.run(12_000, random -> {
            BigDecimal max = STEP.multiply(BigDecimal.valueOf(1 + random.nextInt(200)));
            BigDecimal target = BigDecimal.valueOf(1 + random.nextInt(10_000));
            CriterionRule rule = new CriterionRule("q", CriterionKind.QUANTITATIVE, max, STEP, target, QuantityFormula.PROPORTIONAL,
                    List.of(), null);
            BigDecimal achieved = Cases.cents(random, 12_000);
            BigDecimal points = rule.points(achieved);
            BigDecimal share = max.multiply(achieved).divide(target, 10, RoundingMode.DOWN).min(max);
            assertTrue(points.compareTo(share) <= 0, points + " above the achieved share " + share + " of " + max);
            assertEquals(0, points.remainder(STEP).signum(), points + " is not on the step");
            // and never a whole step below it (rounding down to the step, not further)
            assertTrue(share.subtract(points).compareTo(STEP) < 0, points + " a step or more below " + share);
        });
    }

    @Test
    void perOccurrenceIsCappedAndThresholdsGiveTheHighestStepReached() {
        Cases.run(13_000, random -> {
            BigDecimal max = BigDecimal.valueOf(1 + random.nextInt(20));
            BigDecimal each = Cases.steps(random, STEP, max).max(STEP);
            CriterionRule perOccurrence = new CriterionRule("p", CriterionKind.PER_OCCURRENCE, max, STEP, null, null, List.of(), each);
            BigDecimal count = BigDecimal.valueOf(random.nextInt(30));
            assertEquals(0, perOccurrence.points(count).compareTo(count.multiply(each).min(max)));

            CriterionRule steps = thresholds(random, max);
            BigDecimal target = steps.target();
            BigDecimal achieved = Cases.cents(random, 300);
            BigDecimal percent = achieved.multiply(BigDecimal.valueOf(100)).divide(target, 4, RoundingMode.DOWN);
            BigDecimal expected = steps.thresholds().stream().filter(t -> percent.compareTo(t.atLeastPercent()) >= 0)
                    .map(Threshold::points).reduce(BigDecimal.ZERO, BigDecimal::max);
            assertEquals(0, steps.points(achieved).compareTo(expected), "thresholds " + steps.thresholds() + " at " + percent + "%");
        });
    }

    static CriterionRule anyRule(Random random) {
        BigDecimal max = STEP.multiply(BigDecimal.valueOf(random.nextInt(160)));
        return switch (random.nextInt(6)) {
            case 0 -> new CriterionRule("a", CriterionKind.QUALITATIVE, max, STEP, null, null, List.of(), null);
            case 1 -> new CriterionRule("b", CriterionKind.BONUS, max, STEP, null, null, List.of(), null);
            case 2 -> new CriterionRule("c", CriterionKind.PENALTY, max, STEP, null, null, List.of(), null);
            case 3 -> new CriterionRule("d", CriterionKind.PER_OCCURRENCE, max.max(STEP), STEP, null, null, List.of(),
                    Cases.steps(random, STEP, max.max(STEP)).max(STEP));
            case 4 -> new CriterionRule("e", CriterionKind.QUANTITATIVE, max, STEP,
                    random.nextInt(10) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(1 + random.nextInt(500)), QuantityFormula.PROPORTIONAL,
                    List.of(), null);
            default -> thresholds(random, max.max(STEP));
        };
    }

    static CriterionRule thresholds(Random random, BigDecimal max) {
        List<Threshold> list = new ArrayList<>();
        BigDecimal percent = BigDecimal.ZERO;
        BigDecimal points = BigDecimal.ZERO;
        for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
            percent = percent.add(BigDecimal.valueOf(1 + random.nextInt(40)));
            points = points.add(Cases.steps(random, STEP, max.subtract(points)));
            list.add(new Threshold(percent, points));
        }
        return new CriterionRule("t", CriterionKind.QUANTITATIVE, max, STEP, BigDecimal.valueOf(1 + random.nextInt(200)),
                QuantityFormula.THRESHOLD_STEPS, list, null);
    }

    static BigDecimal valueFor(CriterionRule rule, Random random) {
        return switch (rule.kind()) {
            case QUALITATIVE, BONUS, PENALTY -> Cases.steps(random, STEP, rule.maxPoints());
            case PER_OCCURRENCE -> BigDecimal.valueOf(random.nextInt(40));
            case DISQUALIFIER -> BigDecimal.valueOf(random.nextInt(2));
            case QUANTITATIVE -> Cases.cents(random, 2_000);
        };
    }
}
