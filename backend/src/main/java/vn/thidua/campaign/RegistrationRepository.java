package vn.thidua.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.thidua.common.persistence.InList;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepository<Registration> {

    public Optional<Registration> findFull(Long id) {
        return find("from Registration r join fetch r.campaign c left join fetch c.term t left join fetch t.bloc"
                + " left join fetch c.respondsTo join fetch r.unit where r.id = ?1", id).firstResultOptional();
    }

    public List<Registration> ofCampaign(Long campaignId) {
        return find("from Registration r join fetch r.unit where r.campaign.id = ?1 order by r.id", campaignId).list();
    }

    /** Loads the numeric targets of all these registrations in one query. */
    public void fetchTargets(Collection<Registration> registrations) {
        if (!registrations.isEmpty()) {
            InList ids = InList.of("ids", registrations.stream().map(r -> r.id).distinct().toList());
            ids.bind(getEntityManager().createQuery("select distinct r from Registration r left join fetch r.numericTargets"
                    + " where " + ids.in("r.id"), Registration.class)).getResultList();
        }
    }
}
