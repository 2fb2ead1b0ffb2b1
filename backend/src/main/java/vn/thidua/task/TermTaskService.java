package vn.thidua.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.RegistrationStatus;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.conference.ConferenceStatus;
import vn.thidua.covenant.CovenantStatus;
import vn.thidua.term.TermAccess;
import vn.thidua.term.TermParty;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.common.persistence.InList;

/**
 * "My unit's tasks": what the caller has to do next in a term, read from the campaigns, the covenant
 * and the conferences with one query per kind of task. A member's officer gets their own unit's tasks;
 * whoever manages the term (the Board, the leader's and deputy's officers) gets the managers' tasks as
 * well. Readers and closed years get none. Each task is what the same caller's write would accept.
 */
@ApplicationScoped
@Traced
public class TermTaskService {

    private static final Comparator<TaskData> ORDER = Comparator.comparing(TaskData::overdue).reversed()
            .thenComparing(TaskData::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TaskData::kind).thenComparingLong(TaskData::subjectId);

    @Inject
    TermAccess access;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ReadOnly
    public TermTasks of(long termId) {
        TermParty party = access.of(termId);
        Long unitId = party.ownMemberUnit().orElse(null);
        LocalDate today = LocalDate.now(clock);
        UnitRef unit = unitId == null ? null : UnitRef.of(em.find(Unit.class, unitId), today);
        List<TaskData> items = new ArrayList<>();
        if (!party.term().isClosed()) {
            if (unitId != null) {
                memberTasks(termId, unitId, today, items);
            }
            if (party.manages()) {
                managerTasks(party, today, items);
            }
        }
        items.sort(ORDER);
        return new TermTasks(termId, unit, party.manages(), items);
    }

    private void memberTasks(long termId, long unitId, LocalDate today, List<TaskData> items) {
        em.createQuery("select c.id as id, c.title as title, c.registrationDeadline as due, r.status as status"
                + " from Campaign c left join Registration r on r.campaign = c and r.unit.id = :unit"
                + " where c.term.id = :term and c.status = :launched and (r.id is null or r.status = :draft or r.status = :returned)",
                Tuple.class)
                .setParameter("unit", unitId).setParameter("term", termId).setParameter("launched", CampaignStatus.LAUNCHED)
                .setParameter("draft", RegistrationStatus.DRAFT).setParameter("returned", RegistrationStatus.RETURNED)
                .getResultList().forEach(row -> {
                    RegistrationStatus status = row.get("status", RegistrationStatus.class);
                    TaskKind kind = status == null ? TaskKind.REGISTER
                            : status == RegistrationStatus.DRAFT ? TaskKind.SUBMIT_REGISTRATION : TaskKind.RESUBMIT_REGISTRATION;
                    LocalDate due = row.get("due", LocalDate.class);
                    items.add(task(kind, TaskSubject.CAMPAIGN, row, due, due != null && due.isBefore(today), null));
                });
        em.createQuery("select c.id as id, c.title as title from Covenant c where c.term.id = :term and c.status = :circulated"
                + " and not exists (select s.id from CovenantSignature s where s.covenant = c and s.unit.id = :unit)", Tuple.class)
                .setParameter("term", termId).setParameter("circulated", CovenantStatus.CIRCULATED).setParameter("unit", unitId)
                .getResultList().forEach(row -> items.add(task(TaskKind.SIGN_COVENANT, TaskSubject.COVENANT, row, null, false, null)));
        em.createQuery("select c.id as id, c.title as title, c.heldOn as due from Conference c where c.term.id = :term"
                + " and c.status = :scheduled and c.heldOn >= :today", Tuple.class)
                .setParameter("term", termId).setParameter("scheduled", ConferenceStatus.SCHEDULED).setParameter("today", today)
                .getResultList().forEach(row -> items.add(task(TaskKind.ATTEND_CONFERENCE, TaskSubject.CONFERENCE, row,
                        row.get("due", LocalDate.class), false, null)));
    }

    private void managerTasks(TermParty party, LocalDate today, List<TaskData> items) {
        long termId = party.termId();
        em.createQuery("select c.id as id, c.title as title from Campaign c where c.term.id = :term and c.status = :draft", Tuple.class)
                .setParameter("term", termId).setParameter("draft", CampaignStatus.DRAFT)
                .getResultList().forEach(row -> items.add(task(TaskKind.LAUNCH_CAMPAIGN, TaskSubject.CAMPAIGN, row, null, false, null)));
        em.createQuery("select c.id as id, c.title as title, count(r.id) as waiting from Registration r join r.campaign c"
                + " where c.term.id = :term and r.status = :submitted group by c.id, c.title", Tuple.class)
                .setParameter("term", termId).setParameter("submitted", RegistrationStatus.SUBMITTED)
                .getResultList().forEach(row -> items.add(task(TaskKind.REVIEW_REGISTRATIONS, TaskSubject.CAMPAIGN, row, null,
                        false, row.get("waiting", Long.class).intValue())));
        if (!party.memberUnitIds().isEmpty()) {
            InList members = InList.of("members", party.memberUnitIds());
            members.bind(em.createQuery("select c.id as id, c.title as title, (select count(s.id) from CovenantSignature s where s.covenant = c"
                    + " and " + members.in("s.unit.id") + ") as signed from Covenant c where c.term.id = :term and c.status = :circulated",
                    Tuple.class)).setParameter("term", termId)
                    .setParameter("circulated", CovenantStatus.CIRCULATED)
                    .getResultList().forEach(row -> {
                        int missing = party.memberUnitIds().size() - row.get("signed", Long.class).intValue();
                        if (missing > 0) {
                            items.add(task(TaskKind.COLLECT_SIGNATURES, TaskSubject.COVENANT, row, null, false, missing));
                        }
                    });
        }
        em.createQuery("select c.id as id, c.title as title, c.heldOn as due, c.status as status from Conference c"
                + " where c.term.id = :term and (c.status = :held or (c.status = :scheduled and c.heldOn < :today))", Tuple.class)
                .setParameter("term", termId).setParameter("held", ConferenceStatus.HELD)
                .setParameter("scheduled", ConferenceStatus.SCHEDULED).setParameter("today", today)
                .getResultList().forEach(row -> {
                    boolean held = row.get("status", ConferenceStatus.class) == ConferenceStatus.HELD;
                    items.add(task(held ? TaskKind.SIGN_MINUTES : TaskKind.RECORD_CONFERENCE, TaskSubject.CONFERENCE, row,
                            row.get("due", LocalDate.class), !held, null));
                });
    }

    private static TaskData task(TaskKind kind, TaskSubject subject, Tuple row, LocalDate due, boolean overdue, Integer count) {
        return new TaskData(kind, subject, row.get("id", Long.class), row.get("title", String.class), due, overdue, count);
    }
}
