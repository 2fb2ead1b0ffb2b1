package vn.thidua.scheme;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.conference.AgendaLinkKind;
import vn.thidua.conference.AgendaLinkTarget;

/** Lets a conference's agenda item be the adoption of one of its term's schemes. */
@ApplicationScoped
public class SchemeAgendaLinks implements AgendaLinkTarget {

    @Inject
    SchemeRepository schemes;

    @Override
    public AgendaLinkKind kind() {
        return AgendaLinkKind.SCHEME_ADOPTION;
    }

    @Override
    public Map<Long, String> titlesIn(long termId, Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            schemes.getEntityManager().createQuery("select c.id, concat(c.title, ' (v', c.versionNo, ')') from Scheme c where c.id in ?1 and c.term.id = ?2",
                    Object[].class).setParameter(1, ids).setParameter(2, termId).getResultList()
                    .forEach(row -> titles.put((Long) row[0], (String) row[1]));
        }
        return titles;
    }
}
