package vn.thidua.common.error;

import java.util.function.Predicate;

/** Walks an exception's causes and suppressed exceptions (a failed commit keeps the driver's error there). */
final class Causes {

    private static final int MAX_DEPTH = 20;

    private Causes() {
    }

    static boolean any(Throwable e, Predicate<Throwable> test) {
        return any(e, test, 0);
    }

    private static boolean any(Throwable e, Predicate<Throwable> test, int depth) {
        if (e == null || depth > MAX_DEPTH) {
            return false;
        }
        if (test.test(e)) {
            return true;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (any(suppressed, test, depth + 1)) {
                return true;
            }
        }
        return e.getCause() != e && any(e.getCause(), test, depth + 1);
    }
}
