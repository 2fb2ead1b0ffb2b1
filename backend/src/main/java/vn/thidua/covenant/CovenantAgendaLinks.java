package vn.thidua.covenant;

import java.util.Optional;

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
    public Optional<String> titleIn(long termId, long id) {
        return covenants.getEntityManager().createQuery("select c.title from Covenant c where c.id = ?1 and c.term.id = ?2", String.class)
                .setParameter(1, id).setParameter(2, termId).getResultStream().findFirst();
    }
}
