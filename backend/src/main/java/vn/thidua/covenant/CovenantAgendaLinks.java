package vn.thidua.covenant;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.conference.AgendaLinkKind;
import vn.thidua.conference.AgendaLinkTarget;

/** Lets a conference's agenda item be about its term's covenant (the signing conference's main item). */
@ApplicationScoped
public class CovenantAgendaLinks implements AgendaLinkTarget {

    @Inject
    CovenantRepository covenants;

    @Override
    public AgendaLinkKind kind() {
        return AgendaLinkKind.COVENANT;
    }

    @Override
    public Map<Long, String> titlesIn(long termId, Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            covenants.getEntityManager().createQuery("select c.id, c.title from Covenant c where c.id in ?1 and c.term.id = ?2",
                    Object[].class).setParameter(1, ids).setParameter(2, termId).getResultList()
                    .forEach(row -> titles.put((Long) row[0], (String) row[1]));
        }
        return titles;
    }
}
