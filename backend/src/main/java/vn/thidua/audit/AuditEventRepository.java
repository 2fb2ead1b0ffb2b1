package vn.thidua.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.thidua.common.persistence.InList;
import vn.thidua.common.persistence.Listing;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

    /** Events matching the filters; with a {@code scope} (null: every province) only those of its provinces. */
    public Listing<AuditEvent> search(Collection<Long> scope, String entityType, Long entityId, String actor,
            Instant from, Instant to) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (scope != null) {
            InList provinces = InList.of("scope", scope);
            where.append(" and ").append(provinces.in("e.provinceId"));
            provinces.putInto(params);
        }
        if (entityType != null) {
            where.append(" and e.entityType = :entityType");
            params.put("entityType", entityType);
        }
        if (entityId != null) {
            where.append(" and e.entityId = :entityId");
            params.put("entityId", entityId);
        }
        if (actor != null) {
            where.append(" and e.actor = :actor");
            params.put("actor", actor);
        }
        if (from != null) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and e.occurredAt < :to");
            params.put("to", to);
        }
        return Listing.of(this, "from AuditEvent e where " + where,
                Sort.descending("e.occurredAt").and("e.id", Sort.Direction.Descending), params);
    }
}
