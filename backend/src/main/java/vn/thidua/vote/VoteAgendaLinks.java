package vn.thidua.vote;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.thidua.conference.AgendaLinkKind;
import vn.thidua.conference.AgendaLinkTarget;
import vn.thidua.common.persistence.InList;

/** A conference's agenda item may name one of its term's votes. */
@ApplicationScoped
public class VoteAgendaLinks implements AgendaLinkTarget {

    @Inject
    EntityManager em;

    @Override
    public AgendaLinkKind kind() {
        return AgendaLinkKind.VOTE;
    }

    @Override
    public Map<Long, String> titlesIn(long termId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        InList in = InList.of("ids", ids);
        return in.bind(em.createQuery("select v.id, v.title from Vote v where v.term.id = :term and " + in.in("v.id"), Object[].class))
                .setParameter("term", termId).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
