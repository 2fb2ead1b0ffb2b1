package vn.thidua.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.access.ProvinceScope;
import vn.thidua.common.web.Page;
import vn.thidua.common.web.PageRequest;
import vn.thidua.common.persistence.ReadOnly;

/** Reads the audit trail: the caller's provinces' (every province for national callers). */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditEventRepository events;

    /**
     * Reads what {@link AuditLog} wrote. Not the request mapper: that one refuses line breaks in strings
     * (StrictJson), which audited multi-line fields (targets, clauses, reasons) rightly hold.
     */
    private static final ObjectMapper STORED = new ObjectMapper();

    @Inject
    ProvinceScope scope;

    @ReadOnly
    public Page<AuditEventData> list(String entityType, Long entityId, String actor, Instant from, Instant to,
            PageRequest page) {
        return Page.of(events.search(scope.listScope().orElse(null), entityType, entityId, actor, from, to), page, this::toData);
    }

    private AuditEventData toData(AuditEvent event) {
        return new AuditEventData(event.id, event.occurredAt, event.actor, event.actorUnit, event.operation,
                event.entityType, event.entityId, event.reason, changes(event.changes));
    }

    private Map<String, AuditEventData.Change> changes(String raw) {
        try {
            Map<String, Map<String, Object>> parsed = STORED.readValue(raw, new TypeReference<>() {
            });
            Map<String, AuditEventData.Change> result = new LinkedHashMap<>();
            parsed.forEach((field, change) -> result.put(field,
                    new AuditEventData.Change(change.get("before"), change.get("after"))));
            return result;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit changes are not JSON", e);
        }
    }
}
