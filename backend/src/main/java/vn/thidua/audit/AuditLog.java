package vn.thidua.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.security.CurrentUser;

/**
 * Records every write in the caller's transaction: a change that rolls back leaves no event,
 * and an event that cannot be written rolls the change back.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditEventRepository events;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String entityType, Long id, Map<String, Object> after) {
        record(AuditOperation.CREATE, entityType, id, Map.of(), after, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String entityType, Long id, Map<String, Object> before, Map<String, Object> after,
            String reason) {
        record(AuditOperation.UPDATE, entityType, id, before, after, reason);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String entityType, Long id, Map<String, Object> before, String reason) {
        record(AuditOperation.DELETE, entityType, id, before, Map.of(), reason);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditOperation operation, String entityType, Long id, Map<String, Object> before,
            Map<String, Object> after, String reason) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.actor = user.username();
        event.actorUnit = user.unitCode().orElse(null);
        event.operation = operation;
        event.entityType = entityType;
        event.entityId = id;
        event.reason = reason;
        event.changes = toJson(diff(before, after));
        events.persist(event);
    }

    /** Only the fields whose value differs, each as {before, after}. */
    static Map<String, Map<String, Object>> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        java.util.Set<String> fields = new java.util.LinkedHashSet<>(before.keySet());
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
