package vn.thidua.audit;

public enum AuditOperation {
    CREATE, UPDATE, DELETE, TRANSITION, CORRECTION,
    /** A past year's status recorded from sources (ghi nhận theo tài liệu); the reason is the citation. */
    FROM_SOURCES
}
