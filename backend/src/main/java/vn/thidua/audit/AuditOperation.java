package vn.thidua.audit;

public enum AuditOperation {
    CREATE, UPDATE, DELETE, TRANSITION, CORRECTION
}
