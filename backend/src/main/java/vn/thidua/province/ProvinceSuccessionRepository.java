package vn.thidua.province;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ProvinceSuccessionRepository implements PanacheRepository<ProvinceSuccession> {

    /** The successions a province took part in, oldest first, with both sides loaded. */
    public List<ProvinceSuccession> involving(Long provinceId) {
        return find("select distinct s from ProvinceSuccession s left join fetch s.predecessors"
                + " left join fetch s.successors where s.id in (select s2.id from ProvinceSuccession s2"
                + " left join s2.predecessors p left join s2.successors c where p.id = ?1 or c.id = ?1)"
                + " order by s.effectiveDate, s.id", provinceId).list();
    }

    /** Every succession with both sides, for the lineage cache. */
    public List<ProvinceSuccession> allWithSides() {
        return find("select distinct s from ProvinceSuccession s left join fetch s.predecessors"
                + " left join fetch s.successors").list();
    }
}
