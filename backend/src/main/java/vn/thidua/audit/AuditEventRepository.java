package vn.thidua.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

    public PanacheQuery<AuditEvent> search(String entityType, Long entityId, String actor, Instant from, Instant to) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (entityType != null) {
            where.append(" and entityType = :entityType");
            params.put("entityType", entityType);
        }
        if (entityId != null) {
            where.append(" and entityId = :entityId");
            params.put("entityId", entityId);
        }
        if (actor != null) {
            where.append(" and actor = :actor");
            params.put("actor", actor);
        }
        if (from != null) {
            where.append(" and occurredAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and occurredAt < :to");
            params.put("to", to);
        }
        return find(where.toString(), Sort.descending("occurredAt").and("id", Sort.Direction.Descending), params);
    }
}
