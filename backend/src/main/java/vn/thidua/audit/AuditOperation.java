package vn.thidua.audit;

public enum AuditOperation {
    CREATE, UPDATE, DELETE, TRANSITION, CORRECTION,
    /** A past year's status recorded from sources (ghi nhận theo tài liệu); the reason is the citation. */
    FROM_SOURCES,
    /** A read of what only its owner may see yet (another unit's unpublished scores), by the Board or a manager. */
    READ
}
