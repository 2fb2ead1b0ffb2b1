package vn.thidua.common.state;

import java.util.Map;

import vn.thidua.audit.Audited;
import vn.thidua.audit.Snapshot;

/** An audited record with a lifecycle: {@link Transitions#move} reads and sets its status and audits the step. */
public interface Stateful<S extends Enum<S>> extends Audited {

    S status();

    /** Sets the status field; only {@link Transitions} calls it. */
    void assignStatus(S status);

    /** The record's audited fields. */
    Snapshot snapshot();

    /** The fields the audit event compares before and after the step. */
    default Map<String, Object> auditSnapshot() {
        return snapshot().map();
    }
}
