package vn.thidua.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.thidua.access.UnitPlaces.UnitPlace;
import vn.thidua.common.text.SearchText;
import vn.thidua.common.persistence.InList;
import vn.thidua.common.persistence.Listing;

@ApplicationScoped
public class UnitRepository implements PanacheRepository<Unit> {

    /** These units (those that exist), in one statement whose plan is cached. */
    public List<Unit> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("ids", ids);
        return in.bind(getEntityManager().createQuery("select u from Unit u where " + in.in("u.id"), Unit.class)).getResultList();
    }

    /**
     * The dated names of these units, by unit id, read as scalars in one statement (for lists that answer
     * with {@link UnitRef#of(Long, String, List, LocalDate)} instead of loading units and their names).
     */
    public Map<Long, List<UnitRef.Name>> datedNames(Collection<Long> unitIds) {
        Map<Long, List<UnitRef.Name>> names = new HashMap<>();
        if (!unitIds.isEmpty()) {
            InList ids = InList.of("ids", unitIds.stream().distinct().toList());
            List<Object[]> rows = ids.bind(getEntityManager().createQuery("select n.unit.id, n.name, n.shortName, n.validFrom"
                    + " from UnitName n where " + ids.in("n.unit.id"), Object[].class)).getResultList();
            for (Object[] row : rows) {
                names.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new UnitRef.Name((String) row[1], (String) row[2], (LocalDate) row[3]));
            }
        }
        return names;
    }

    /** Loads the name history of all these units in one query (their {@code names} are then initialised). */
    public void fetchNames(Collection<Unit> units) {
        if (!units.isEmpty()) {
            InList ids = InList.of("ids", units.stream().map(u -> u.id).distinct().toList());
            ids.bind(getEntityManager().createQuery("select distinct u from Unit u left join fetch u.names where "
                    + ids.in("u.id"), Unit.class)).getResultList();
        }
    }

    /**
     * Locks these units' rows for the transaction, in id order (so two writers never wait on each other
     * crosswise): a succession changes its predecessors, and a racing one waits here instead of
     * deadlocking between foreign-key and unique-key locks.
     */
    public void lockForUpdate(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            InList rows = InList.of("ids", ids);
            rows.bind(getEntityManager().createQuery("select u from Unit u where " + rows.in("u.id") + " order by u.id", Unit.class))
                    .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
        }
    }

    /** Uncached; the access rules read it through {@link UnitPlaceCache}. */
    public Optional<UnitPlace> unitOf(Long provinceId, String code) {
        return findByCode(provinceId, code).map(u -> new UnitPlace(u.id, u.provinceId, u.activeFrom, u.activeTo));
    }

    public Optional<Unit> findByCode(Long provinceId, String code) {
        return find("provinceId = ?1 and code = ?2", provinceId, code).firstResultOptional();
    }

    /** Units whose any name (current or former) contains {@code q}, with or without diacritics. */
    /** {@code scope}: the provinces the caller sees (null: every province). */
    public Listing<Unit> search(Collection<Long> scope, Long provinceId, String q, String code, UnitKind kind,
            LocalDate activeOn, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (scope != null) {
            InList provinces = InList.of("scope", scope);
            where.append(" and ").append(provinces.in("u.provinceId"));
            provinces.putInto(params);
        }
        if (provinceId != null) {
            where.append(" and u.provinceId = :provinceId");
            params.put("provinceId", provinceId);
        }
        if (q != null && !q.isBlank()) {
            // Names as SearchText.index holds them (abbreviations written out); codes as typed, folded.
            where.append(" and (exists (select 1 from UnitName n where n.unit = u and n.nameSearch like :q)"
                    + " or lower(u.code) like :qCode)");
            params.put("q", SearchText.matchPattern(q));
            params.put("qCode", SearchText.containsPattern(q));
        }
        if (code != null && !code.isBlank()) {
            where.append(" and u.code = :code");
            params.put("code", code.trim());
        }
        if (kind != null) {
            where.append(" and u.kind = :kind");
            params.put("kind", kind);
        }
        if (activeOn != null) {
            where.append(" and u.activeFrom <= :on and (u.activeTo is null or u.activeTo >= :on)");
            params.put("on", activeOn);
        }
        return Listing.of(this, "from Unit u where " + where, sort, params);
    }
}
