package vn.thidua.scheme;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.conference.AgendaLinkKind;
import vn.thidua.conference.AgendaLinkTarget;
import vn.thidua.common.persistence.InList;

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
            InList in = InList.of("ids", ids);
            in.bind(schemes.getEntityManager().createQuery("select c.id, concat(c.title, ' (v', c.versionNo, ')') from Scheme c where "
                    + in.in("c.id") + " and c.term.id = :term", Object[].class)).setParameter("term", termId).getResultList()
                    .forEach(row -> titles.put((Long) row[0], (String) row[1]));
        }
        return titles;
    }
}
