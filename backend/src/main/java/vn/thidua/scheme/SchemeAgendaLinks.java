package vn.thidua.scheme;

import java.util.Optional;

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
    public Optional<String> titleIn(long termId, long id) {
        return schemes.getEntityManager().createQuery("select concat(s.title, ' (v', s.versionNo, ')') from Scheme s"
                + " where s.id = ?1 and s.term.id = ?2", String.class)
                .setParameter(1, id).setParameter(2, termId).getResultStream().findFirst();
    }
}
