package vn.thidua.conference;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.thidua.common.persistence.InList;

@ApplicationScoped
public class ConferenceRepository implements PanacheRepository<Conference> {

    /** The conference with its term, bloc, host and chair units (one statement). */
    public Optional<Conference> findFull(long id) {
        return find("select c from Conference c join fetch c.term t join fetch t.bloc left join fetch c.hostUnit"
                + " left join fetch c.chairUnit where c.id = ?1", id).firstResultOptional();
    }

    /** As {@link #findFull}, the row locked for the write (read fresh, so If-Match compares the committed state). */
    public Optional<Conference> findForWrite(long id) {
        return find("select c from Conference c join fetch c.term t join fetch t.bloc left join fetch c.hostUnit"
                + " left join fetch c.chairUnit where c.id = ?1", id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** A term's conferences by date, those in {@code statuses} only (null: all). */
    public List<Conference> ofTerm(long termId, Collection<ConferenceStatus> statuses) {
        if (statuses == null) {
            return list("select c from Conference c where c.term.id = ?1 order by c.heldOn, c.id", termId);
        }
        InList in = InList.of("statuses", statuses);
        return in.bind(getEntityManager().createQuery("select c from Conference c where c.term.id = :term and "
                + in.in("c.status") + " order by c.heldOn, c.id", Conference.class)).setParameter("term", termId).getResultList();
    }

    public List<ConferenceAttendee> attendees(long conferenceId) {
        return getEntityManager().createQuery("select a from ConferenceAttendee a join fetch a.unit"
                + " where a.conference.id = :id order by a.position", ConferenceAttendee.class)
                .setParameter("id", conferenceId).getResultList();
    }

    public List<AgendaItem> agenda(long conferenceId) {
        return getEntityManager().createQuery("select i from AgendaItem i where i.conference.id = :id order by i.position",
                AgendaItem.class).setParameter("id", conferenceId).getResultList();
    }

    /** Attending units per conference (one statement for a page of conferences). */
    public Map<Long, Long> attendingUnits(Collection<Long> conferenceIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!conferenceIds.isEmpty()) {
            InList ids = InList.of("ids", conferenceIds);
            ids.bind(getEntityManager().createQuery("select a.conference.id, count(distinct a.unit.id) from ConferenceAttendee a"
                    + " where " + ids.in("a.conference.id") + " group by a.conference.id", Object[].class)).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    public void deleteAttendees(long conferenceId) {
        getEntityManager().createQuery("delete from ConferenceAttendee a where a.conference.id = :id")
                .setParameter("id", conferenceId).executeUpdate();
    }
}
