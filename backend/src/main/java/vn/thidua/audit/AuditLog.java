package vn.thidua.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.security.CurrentUser;

/**
 * Records every write in the caller's transaction: a change that rolls back leaves no event, and
 * an event that cannot be written rolls the change back. Rows join the hash chain at commit
 * ({@link AuditChainWriter}) and carry the province of the entity they concern.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditChainWriter chain;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(Audited entity, Map<String, Object> after) {
        record(AuditOperation.CREATE, entity, Map.of(), after, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(Audited entity, Map<String, Object> before, Map<String, Object> after, String reason) {
        record(AuditOperation.UPDATE, entity, before, after, reason);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(Audited entity, Map<String, Object> before, String reason) {
        record(AuditOperation.DELETE, entity, before, Map.of(), reason);
    }

    /** A read worth keeping: who saw what only its owner may see yet, and why they may. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void read(Audited entity, String reason) {
        record(AuditOperation.READ, entity, Map.of(), Map.of(), reason);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditOperation operation, Audited entity, Map<String, Object> before,
            Map<String, Object> after, String reason) {
        write(operation, entity.auditType(), entity.auditId(), entity.auditProvinceId(), before, after, reason);
    }

    private void write(AuditOperation operation, String entityType, Long id, Long provinceId,
            Map<String, Object> before, Map<String, Object> after, String reason) {
        chain.append(new AuditChain.Row(0, AuditChain.occurredAt(clock.instant().truncatedTo(ChronoUnit.MICROS)),
                user.username(), user.unitCode().orElse(null), operation.name(), entityType, id, provinceId, reason,
                toJson(diff(before, after))));
    }

    /** Only the fields whose value differs, each as {before, after}. */
    static Map<String, Map<String, Object>> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", old);
                change.put("after", now);
                changes.put(field, change);
            }
        }
        return changes;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes not serialisable", e);
        }
    }
}
