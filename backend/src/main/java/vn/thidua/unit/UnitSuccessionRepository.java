package vn.thidua.unit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class UnitSuccessionRepository implements PanacheRepository<UnitSuccession> {

    public PanacheQuery<UnitSuccession> involving(Long unitId, Sort sort) {
        if (unitId == null) {
            return find("from UnitSuccession s", sort);
        }
        return find("select distinct s from UnitSuccession s left join s.predecessors p left join s.successors c"
                + " where p.id = ?1 or c.id = ?1", sort, unitId);
    }

    public boolean involves(Long unitId) {
        return involving(unitId, Sort.by("s.id")).count() > 0;
    }
}
