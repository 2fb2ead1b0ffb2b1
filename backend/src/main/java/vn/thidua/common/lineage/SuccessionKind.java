package vn.thidua.common.lineage;

/** How a unit or province changes: đổi tên, sáp nhập/hợp nhất, chia tách, giải thể. */
public enum SuccessionKind {
    RENAME, MERGE, SPLIT, DISSOLVE
}
