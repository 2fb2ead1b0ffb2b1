package vn.thidua.term;

/** How the leader is chosen: bầu (election), luân phiên (rotation), chỉ định (designation by decision). */
public enum LeaderSelection {
    ELECTION, ROTATION, DESIGNATION
}
