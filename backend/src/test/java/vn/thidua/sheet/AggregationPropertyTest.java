package vn.thidua.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.thidua.common.testing.Cases;

/** {@link Aggregation} over 2 000 random sets of reviewers' points each (fixed seeds; a failure prints its seed). */
class AggregationPropertyTest {

    @Test
    void theResultLiesBetweenTheLowestAndTheHighestInput() {
        Cases.run(21_000, random -> {
            List<BigDecimal> points = points(random);
            for (Aggregation a : Aggregation.values()) {
                BigDecimal result = a.combine(points);
                assertTrue(result.compareTo(Collections.min(points)) >= 0, a + " of " + points + " = " + result + " below the lowest");
                assertTrue(result.compareTo(Collections.max(points)) <= 0, a + " of " + points + " = " + result + " above the highest");
            }
        });
    }

    @Test
    void theOrderOfTheReviewersDoesNotMatter() {
        Cases.run(22_000, random -> {
            List<BigDecimal> points = points(random);
            List<BigDecimal> shuffled = new ArrayList<>(points);
            Collections.shuffle(shuffled, random);
            for (Aggregation a : Aggregation.values()) {
                assertEquals(a.combine(points), a.combine(shuffled), a + " of " + points + " vs " + shuffled);
            }
        });
    }

    @Test
    void theTrimmedMeanDropsOneHighestAndOneLowest() {
        Cases.run(23_000, random -> {
            List<BigDecimal> points = points(random);
            List<BigDecimal> sorted = new ArrayList<>(points);
            Collections.sort(sorted);
            List<BigDecimal> kept = sorted.size() < 3 ? sorted : sorted.subList(1, sorted.size() - 1);
            BigDecimal mean = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(kept.size()), 2, RoundingMode.HALF_UP);
            assertEquals(mean, Aggregation.TRIMMED_MEAN.combine(points), "trimmed mean of " + points);
            // one extreme moved further out changes nothing once there are three reviewers
            if (points.size() >= 3) {
                List<BigDecimal> wider = new ArrayList<>(sorted);
                wider.set(wider.size() - 1, wider.get(wider.size() - 1).add(BigDecimal.TEN));
                wider.set(0, BigDecimal.ZERO.setScale(2));
                assertEquals(mean, Aggregation.TRIMMED_MEAN.combine(wider), "trimmed mean of " + wider);
            }
        });
    }

    private static List<BigDecimal> points(Random random) {
        List<BigDecimal> points = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(7); i < n; i++) {
            points.add(random.nextInt(4) == 0 && !points.isEmpty() ? points.get(random.nextInt(points.size())) : Cases.cents(random, 40));
        }
        return points;
    }
}
