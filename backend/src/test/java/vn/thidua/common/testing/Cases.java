package vn.thidua.common.testing;

import java.math.BigDecimal;
import java.util.Random;

/**
 * Reproducible random cases for property tests in plain JUnit: case {@code i} of a property runs with the
 * seed {@code base + i}; a failure names the seed so the one case can be run again ({@link #one}).
 */
public final class Cases {

    public static final int COUNT = 2_000;

    @FunctionalInterface
    public interface Property {
        void check(Random random) throws Exception;
    }

    private Cases() {
    }

    public static void run(long base, Property property) {
        for (int i = 0; i < COUNT; i++) {
            one(base + i, property);
        }
    }

    public static void one(long seed, Property property) {
        try {
            property.check(new Random(seed));
        } catch (AssertionError | Exception e) {
            throw new AssertionError("failed with seed " + seed + ": " + e.getMessage(), e);
        }
    }

    /** A multiple of {@code step} in [0, max]. */
    public static BigDecimal steps(Random random, BigDecimal step, BigDecimal max) {
        int n = max.divide(step).intValue();
        return step.multiply(BigDecimal.valueOf(random.nextInt(n + 1))).setScale(2);
    }

    /** Two decimals in [0, max]. */
    public static BigDecimal cents(Random random, int max) {
        return BigDecimal.valueOf(random.nextInt(max * 100 + 1), 2);
    }
}
