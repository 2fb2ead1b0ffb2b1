package vn.thidua.campaign;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.conference.AgendaLinkKind;
import vn.thidua.conference.AgendaLinkTarget;
import vn.thidua.common.persistence.InList;

/** Lets a conference's agenda item be about one of its term's own campaigns (not a province's). */
@ApplicationScoped
public class CampaignAgendaLinks implements AgendaLinkTarget {

    @Inject
    CampaignRepository campaigns;

    @Override
    public AgendaLinkKind kind() {
        return AgendaLinkKind.CAMPAIGN;
    }

    @Override
    public Map<Long, String> titlesIn(long termId, Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            InList in = InList.of("ids", ids);
            in.bind(campaigns.getEntityManager().createQuery("select c.id, c.title from Campaign c where " + in.in("c.id")
                    + " and c.term.id = :term", Object[].class)).setParameter("term", termId).getResultList()
                    .forEach(row -> titles.put((Long) row[0], (String) row[1]));
        }
        return titles;
    }
}
