package vn.thidua.term;

/** What a winning threshold is a share of. */
public enum ThresholdBase {
    VALID_BALLOTS, PRESENT_MEMBERS, ALL_MEMBERS
}
