package vn.thidua.audit;

/** An entity whose writes are audited: what its events are filed under, and the province they concern. */
public interface Audited {

    /** The entity type the audit trail shows and filters by, e.g. "Unit". */
    String auditType();

    Long auditId();

    /** The province the entity belongs to, directly or through its bloc, term or unit. */
    Long auditProvinceId();
}
