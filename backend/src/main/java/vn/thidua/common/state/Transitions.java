package vn.thidua.common.state;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.thidua.audit.AuditLog;
import vn.thidua.audit.AuditOperation;
import vn.thidua.common.error.Labelled;

/**
 * Moves a record one step along its {@link Lifecycle}: checks the step, its reason and guards, sets
 * the status, flushes (so the version check and database keys answer inside the request) and writes
 * one audited TRANSITION event with the reason. The caller checks If-Match and access first, in the
 * same transaction.
 */
@ApplicationScoped
public class Transitions {

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public <E extends Stateful<S>, S extends Enum<S> & Labelled> void move(Lifecycle<E, S> lifecycle, E record,
            S target, String reason) {
        S from = record.status();
        lifecycle.check(record, from, target, reason);
        var before = record.auditSnapshot();
        record.assignStatus(target);
        em.flush();
        audit.record(AuditOperation.TRANSITION, record, before, record.auditSnapshot(),
                reason == null || reason.isBlank() ? null : reason.trim());
    }
}
