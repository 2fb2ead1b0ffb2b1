package vn.thidua.scheme;

/** The fixed set of formulas a quantitative criterion may declare (never free-form code). */
public enum QuantityFormula {
    /** max × min(achieved / target, 1) */
    PROPORTIONAL,
    /** the points of the highest threshold (percent of the target) reached */
    THRESHOLD_STEPS
}
