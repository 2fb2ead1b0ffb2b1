package vn.thidua.campaign;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import vn.thidua.common.persistence.InList;
import vn.thidua.common.persistence.Listing;

@ApplicationScoped
public class CampaignRepository implements PanacheRepository<Campaign> {

    /** The campaign with its term, bloc and the campaign it responds to, in one statement. */
    public Optional<Campaign> findFull(Long id) {
        return find("from Campaign c left join fetch c.term t left join fetch t.bloc left join fetch c.respondsTo"
                + " where c.id = ?1", id).firstResultOptional();
    }

    public Listing<Campaign> search(Collection<Long> scope, Long termId, Long provinceId, boolean provinceOnly,
            CampaignStatus status, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (scope != null) {
            InList provinces = InList.of("scope", scope);
            where.append(" and ").append(provinces.in("c.provinceId"));
            provinces.putInto(params);
        }
        if (termId != null) {
            where.append(" and t.id = :termId");
            params.put("termId", termId);
        }
        if (provinceId != null) {
            where.append(" and c.provinceId = :provinceId");
            params.put("provinceId", provinceId);
        }
        if (provinceOnly) {
            where.append(" and c.term is null");
        }
        if (status != null) {
            where.append(" and c.status = :status");
            params.put("status", status);
        }
        return Listing.of(this, "select c from Campaign c left join fetch c.term t left join fetch t.bloc left join fetch c.respondsTo"
                + " where " + where, sort, params);
    }

    public boolean anyResponding(Long campaignId) {
        return count("respondsTo.id", campaignId) > 0;
    }

    /** Whether a covenant links the campaign (read in SQL: the covenant feature depends on this one, not back). */
    public boolean linkedFromCovenants(Long campaignId) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from covenant_campaign where campaign_id = ?1")
                .setParameter(1, campaignId).getSingleResult()).longValue() > 0;
    }
}
