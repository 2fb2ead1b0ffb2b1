package vn.thidua.term;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.thidua.bloc.BlocKind;
import vn.thidua.bloc.BlocTerms;
import vn.thidua.common.persistence.InList;
import vn.thidua.common.persistence.Listing;

@ApplicationScoped
public class TermRepository implements PanacheRepository<Term>, BlocTerms {

    @Override
    public long countOf(Long blocId) {
        return count("bloc.id", blocId);
    }

    /** The term with its bloc, in one statement (every use of a term reads its bloc's province). */
    public Optional<Term> findWithBloc(Long id) {
        return find("select t from Term t join fetch t.bloc where t.id = ?1", id).firstResultOptional();
    }

    public Optional<Term> findOfBloc(Long blocId, int year) {
        return find("bloc.id = ?1 and year = ?2", blocId, year).firstResultOptional();
    }

    /** {@code scope}: the provinces the caller sees (null: every province). */
    public Listing<Term> search(Collection<Long> scope, Long provinceId, Integer year, Long blocId, Long unitId,
            TermStatus status, BlocKind kind, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (scope != null) {
            InList provinces = InList.of("scope", scope);
            where.append(" and ").append(provinces.in("b.provinceId"));
            provinces.putInto(params);
        }
        if (provinceId != null) {
            where.append(" and b.provinceId = :provinceId");
            params.put("provinceId", provinceId);
        }
        if (year != null) {
            where.append(" and t.year = :year");
            params.put("year", year);
        }
        if (blocId != null) {
            where.append(" and t.bloc.id = :blocId");
            params.put("blocId", blocId);
        }
        if (unitId != null) {
            where.append(" and exists (select 1 from Membership m where m.term = t and m.unit.id = :unitId)");
            params.put("unitId", unitId);
        }
        if (status != null) {
            where.append(" and t.status = :status");
            params.put("status", status);
        }
        if (kind != null) {
            where.append(" and b.kind = :kind");
            params.put("kind", kind);
        }
        return Listing.of(this, "select t from Term t join fetch t.bloc b where " + where, sort, params);
    }
}
