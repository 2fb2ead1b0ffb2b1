package vn.thidua.unit;

/** How units change: đổi tên, sáp nhập/hợp nhất, chia tách, giải thể. */
public enum SuccessionKind {
    RENAME, MERGE, SPLIT, DISSOLVE
}
