package vn.thidua.unit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import vn.thidua.common.lineage.SuccessionKind;

@ApplicationScoped
public class UnitSuccessionRepository implements PanacheRepository<UnitSuccession> {

    public PanacheQuery<UnitSuccession> involving(Long unitId, Sort sort) {
        if (unitId == null) {
            return find("from UnitSuccession s", sort);
        }
        return find("select distinct s from UnitSuccession s left join s.predecessors p left join s.successors c"
                + " where p.id = ?1 or c.id = ?1", sort, unitId);
    }

    /** A succession of this kind, on this date, already recorded for the unit as a predecessor. */
    public boolean existsFor(Long predecessorId, SuccessionKind kind, java.time.LocalDate effectiveDate) {
        return find("select s from UnitSuccession s join s.predecessors p where p.id = ?1 and s.kind = ?2"
                + " and s.effectiveDate = ?3", predecessorId, kind, effectiveDate).count() > 0;
    }

    public boolean involves(Long unitId) {
        return count("select count(s) from UnitSuccession s left join s.predecessors p left join s.successors c"
                + " where p.id = ?1 or c.id = ?1", unitId) > 0;
    }
}
