package vn.thidua.province;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.thidua.common.persistence.Listing;
import vn.thidua.common.text.SearchText;

@ApplicationScoped
public class ProvinceRepository implements PanacheRepository<Province> {

    /** Provinces whose any name (current or former) contains {@code q}, with or without diacritics, or whose code is q. */
    public Listing<Province> search(String q, String code, LocalDate activeOn, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            where.append(" and (exists (select 1 from ProvinceName n where n.province = p and n.nameSearch like :q)"
                    + " or p.code = :qCode)");
            params.put("q", SearchText.containsPattern(q));
            params.put("qCode", q.trim());
        }
        if (code != null && !code.isBlank()) {
            where.append(" and p.code = :code");
            params.put("code", code.trim());
        }
        if (activeOn != null) {
            where.append(" and p.activeFrom <= :on and (p.activeTo is null or p.activeTo >= :on)");
            params.put("on", activeOn);
        }
        return Listing.of(this, "from Province p where " + where, sort, params);
    }
}
