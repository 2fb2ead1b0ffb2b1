package vn.thidua.term;

/** A term's lifecycle, one step at a time: PLANNING → ACTIVE → SCORING → RESULTS_CONFIRMED → CLOSED. */
public enum TermStatus {
    PLANNING, ACTIVE, SCORING, RESULTS_CONFIRMED, CLOSED;

    public TermStatus next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }
}
