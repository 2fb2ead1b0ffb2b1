package vn.thidua.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

    private static final String IN_SCOPE = " and ("
            + "(e.entityType = 'Unit' and exists (select 1 from Unit u where u.id = e.entityId"
            + " and u.provinceId in :scope))"
            + " or (e.entityType = 'Bloc' and exists (select 1 from Bloc b where b.id = e.entityId"
            + " and b.provinceId in :scope))"
            + " or (e.entityType = 'Term' and exists (select 1 from Term t where t.id = e.entityId"
            + " and t.bloc.provinceId in :scope))"
            + " or (e.entityType = 'Membership' and exists (select 1 from Membership m where m.id = e.entityId"
            + " and m.term.bloc.provinceId in :scope))"
            + " or (e.entityType = 'UnitSuccession' and exists (select 1 from UnitSuccession s where s.id = e.entityId"
            + " and not exists (select 1 from s.predecessors p where p.provinceId not in :scope)"
            + " and not exists (select 1 from s.successors c where c.provinceId not in :scope))))";

    /**
     * Events matching the filters; with a {@code scope} (null: every province) only events of entities that
     * still exist in those provinces (named here by entity name only, so audit/ depends on no feature).
     */
    public PanacheQuery<AuditEvent> search(Collection<Long> scope, String entityType, Long entityId, String actor,
            Instant from, Instant to) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (scope != null) {
            where.append(IN_SCOPE);
            params.put("scope", scope);
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
        return find("from AuditEvent e where " + where,
                Sort.descending("e.occurredAt").and("e.id", Sort.Direction.Descending), params);
    }
}
