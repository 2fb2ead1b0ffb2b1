package vn.thidua.bloc;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.thidua.common.text.SearchText;
import vn.thidua.common.persistence.InList;
import vn.thidua.common.persistence.Listing;

@ApplicationScoped
public class BlocRepository implements PanacheRepository<Bloc> {

    public Optional<Bloc> findByName(Long provinceId, String name) {
        return find("provinceId = ?1 and name = ?2", provinceId, name).firstResultOptional();
    }

    /** {@code scope}: the provinces the caller sees (null: every province). */
    public Listing<Bloc> search(Collection<Long> scope, Long provinceId, String q, BlocKind kind,
            BlocStatus status, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (scope != null) {
            InList provinces = InList.of("scope", scope);
            where.append(" and ").append(provinces.in("provinceId"));
            provinces.putInto(params);
        }
        if (provinceId != null) {
            where.append(" and provinceId = :provinceId");
            params.put("provinceId", provinceId);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and nameSearch like :q");
            params.put("q", SearchText.matchPattern(q));
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        return Listing.of(this, "from Bloc where " + where, sort, params);
    }
}
