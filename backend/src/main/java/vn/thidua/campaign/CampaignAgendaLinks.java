package vn.thidua.campaign;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.conference.AgendaLinkKind;
import vn.thidua.conference.AgendaLinkTarget;

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
    public Optional<String> titleIn(long termId, long id) {
        return campaigns.getEntityManager().createQuery("select c.title from Campaign c where c.id = ?1 and c.term.id = ?2", String.class)
                .setParameter(1, id).setParameter(2, termId).getResultStream().findFirst();
    }
}
