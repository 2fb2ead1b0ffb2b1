package vn.thidua.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import vn.thidua.common.lineage.LineageGraph;
import vn.thidua.common.lineage.SuccessionKind;
import vn.thidua.common.persistence.InList;
import vn.thidua.common.persistence.Listing;

@ApplicationScoped
public class UnitSuccessionRepository implements PanacheRepository<UnitSuccession> {

    @Inject
    UnitRepository units;

    /** One predecessor → successor link of a live (not withdrawn) succession. */
    public record Link(Long successionId, SuccessionKind kind, LocalDate effectiveDate, Long predecessorId, Long successorId) {
    }

    /** Every live succession's links, in one projection (the lineage of a unit, last year's place of a merged unit). */
    public List<Link> liveLinks() {
        return getEntityManager().createQuery("select s.id, s.kind, s.effectiveDate, p.id, c.id from UnitSuccession s"
                + " join s.predecessors p join s.successors c where s.withdrawnAt is null and p.id <> c.id", Object[].class)
                .getResultList().stream()
                .map(r -> new Link((Long) r[0], (SuccessionKind) r[1], (LocalDate) r[2], (Long) r[3], (Long) r[4])).toList();
    }

    /** {@link #liveLinks} as a graph of unit ids. */
    public LineageGraph<Long> liveGraph() {
        LineageGraph<Long> graph = new LineageGraph<>();
        liveLinks().forEach(l -> graph.add(List.of(l.predecessorId()), List.of(l.successorId())));
        return graph;
    }

    /**
     * Successions naming the unit (every one when null) whose units all lie in {@code scope} (null: every
     * province), so a succession never shows a unit of a province the caller does not see.
     */
    public Listing<UnitSuccession> involving(Long unitId, Collection<Long> scope, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (unitId != null) {
            where.append(" and (exists (select 1 from s.predecessors p where p.id = :unit)"
                    + " or exists (select 1 from s.successors c where c.id = :unit))");
            params.put("unit", unitId);
        }
        if (scope != null) {
            InList provinces = InList.of("scope", scope);
            where.append(" and not exists (select 1 from s.predecessors p where not (" + provinces.in("p.provinceId") + "))"
                    + " and not exists (select 1 from s.successors c where not (" + provinces.in("c.provinceId") + "))");
            provinces.putInto(params);
        }
        return Listing.of(this, "from UnitSuccession s where " + where, sort, params);
    }

    /** Loads the page's predecessors, successors and their names: four queries, however many rows. */
    public void prefetch(List<UnitSuccession> page) {
        if (page.isEmpty()) {
            return;
        }
        InList rows = InList.of("page", page);
        rows.bind(getEntityManager().createQuery("select distinct s from UnitSuccession s left join fetch s.predecessors where "
                + rows.in("s"), UnitSuccession.class)).getResultList();
        rows.bind(getEntityManager().createQuery("select distinct s from UnitSuccession s left join fetch s.successors where "
                + rows.in("s"), UnitSuccession.class)).getResultList();
        Set<Unit> involved = new LinkedHashSet<>();
        page.forEach(s -> {
            involved.addAll(s.predecessors);
            involved.addAll(s.successors);
        });
        units.fetchNames(involved);
    }

    /** A live succession of this kind, on this date, already recorded for the unit as a predecessor. */
    public boolean existsFor(Long predecessorId, SuccessionKind kind, java.time.LocalDate effectiveDate) {
        return find("select s from UnitSuccession s join s.predecessors p where p.id = ?1 and s.kind = ?2"
                + " and s.effectiveDate = ?3 and s.withdrawnAt is null", predecessorId, kind, effectiveDate).count() > 0;
    }

    /** Live successions other than {@code except} naming any of the units, effective on or after {@code from}. */
    public List<UnitSuccession> liveInvolvingFrom(Collection<Long> unitIds, java.time.LocalDate from, Long except) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        InList units = InList.of("units", unitIds);
        Map<String, Object> params = units.parameters();
        params.put("except", except);
        params.put("from", from);
        return find("select distinct s from UnitSuccession s left join s.predecessors p left join s.successors c"
                + " where s.withdrawnAt is null and s.id <> :except and s.effectiveDate >= :from and (" + units.in("p.id")
                + " or " + units.in("c.id") + ") order by s.effectiveDate, s.id", params).list();
    }

    public boolean involves(Long unitId) {
        return count("select count(s) from UnitSuccession s left join s.predecessors p left join s.successors c"
                + " where p.id = ?1 or c.id = ?1", unitId) > 0;
    }
}
