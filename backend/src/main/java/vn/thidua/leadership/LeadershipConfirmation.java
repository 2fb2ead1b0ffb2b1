package vn.thidua.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.access.ProvinceScope;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Versioned;
import vn.thidua.membership.Membership;
import vn.thidua.membership.MembershipInput;
import vn.thidua.membership.MembershipRepository;
import vn.thidua.membership.MembershipRole;
import vn.thidua.membership.MembershipService;
import vn.thidua.membership.MembershipUpdate;
import vn.thidua.security.CurrentUser;
import vn.thidua.term.Term;
import vn.thidua.term.TermInput;
import vn.thidua.term.TermRepository;
import vn.thidua.term.TermRoster;
import vn.thidua.term.TermRulesData;
import vn.thidua.term.TermService;
import vn.thidua.term.TermStatus;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;

/**
 * The Board's confirmation: next year's term of the bloc is created (the outgoing term's rules copied) or, when
 * it exists and is still PLANNING (or ACTIVE under the same leader), updated — through the term and membership
 * services, so their rules and audit apply — with the outgoing members carried over (a unit merged or dissolved
 * since replaced by its live successor, or dropped), the result's units as LEADER and DEPUTY. One transaction.
 */
@ApplicationScoped
@Traced
public class LeadershipConfirmation {

    /** Internal calls through the services act on what this transaction just read and locked. */
    private static final IfMatch CURRENT = IfMatch.parse("*");

    @Inject
    EntityManager em;

    @Inject
    ProvinceScope scope;

    @Inject
    LeadershipService results;

    @Inject
    LeadershipLifecycle lifecycle;

    @Inject
    Transitions transitions;

    @Inject
    NextYearMembers nextYear;

    @Inject
    TermService termService;

    @Inject
    TermRepository terms;

    @Inject
    TermRoster roster;

    @Inject
    MembershipService membershipService;

    @Inject
    MembershipRepository memberships;

    @Inject
    CurrentUser user;

    @Inject
    ETags etags;

    @Inject
    Clock clock;

    @Transactional
    public Versioned<ConfirmationData> confirm(long id, IfMatch ifMatch, ConfirmationInput input) {
        scope.requireWriter();
        LeadershipService.Loaded loaded = results.loadForWrite(id, ifMatch);
        LeadershipService.requireBoard(loaded.party());
        LeadershipResult r = loaded.result();
        lifecycle.of().check(r, r.status, LeadershipStatus.CONFIRMED, null);
        LocalDate firstDay = r.nextYearFirstDay();
        LeadershipService.requireActive(r.leader, firstDay, "leader");
        if (r.deputy != null) {
            LeadershipService.requireActive(r.deputy, firstDay, "deputy");
        }
        LeadershipService.requireTwoUnits(r.leader, r.deputy, "deputy");
        Term outgoing = r.outgoingTerm;
        NextYearMembers.Plan plan = nextYear.of(outgoing);

        Optional<Term> existing = terms.findOfBloc(r.bloc.id, r.nextYear);
        Term next;
        if (existing.isPresent()) {
            next = existing.get();
            em.lock(next, LockModeType.PESSIMISTIC_WRITE);
            requireOpenFor(next, r);
        } else {
            long created = termService.create(new TermInput(r.bloc.id, r.nextYear, input == null ? null : input.nextTermDecision(),
                    TermRulesData.of(outgoing.rules))).body().id();
            next = em.find(Term.class, created);
        }

        // the seats first: a holder that is not the result's unit becomes a MEMBER, so the seat is free
        Map<Long, Membership> byUnit = new LinkedHashMap<>();
        memberships.ofTerm(next.id, null, false).rows().list().forEach(m -> byUnit.put(m.unit.id, m));
        for (Membership m : byUnit.values()) {
            boolean leaderSeat = m.role == MembershipRole.LEADER && !m.unit.id.equals(r.leader.id);
            boolean deputySeat = m.role == MembershipRole.DEPUTY && (m.unit.id.equals(r.leader.id)
                    || r.deputy != null && !m.unit.id.equals(r.deputy.id));
            if (m.isCurrent() && (leaderSeat || deputySeat)) {
                setRole(m, MembershipRole.MEMBER);
            }
        }
        Map<Long, ConfirmationData.CarriedMember> members = new LinkedHashMap<>();
        place(next, byUnit, r.leader, MembershipRole.LEADER, replaced(plan, r.leader), members);
        if (r.deputy != null) {
            place(next, byUnit, r.deputy, MembershipRole.DEPUTY, replaced(plan, r.deputy), members);
        }
        for (NextYearMembers.Carried carried : plan.carried().values()) {
            if (!members.containsKey(carried.unit().id)) {
                place(next, byUnit, carried.unit(), MembershipRole.MEMBER, carried.replaces(), members);
            }
        }

        r.nextTerm = next;
        r.confirmedAt = clock.instant();
        r.confirmedBy = user.username();
        transitions.move(lifecycle.of(), r, LeadershipStatus.CONFIRMED, null);
        LeadershipResultData data = results.data(loaded);
        return etags.versioned(new ConfirmationData(data, next.id, existing.isEmpty(), new ArrayList<>(members.values()),
                plan.dropped().stream().map(u -> UnitRef.of(u, outgoing.lastDay())).toList()), data.shared());
    }

    /** 409 when next year's term has moved on: past PLANNING, unless still ACTIVE under the same leader. */
    private void requireOpenFor(Term next, LeadershipResult r) {
        if (next.status == TermStatus.PLANNING) {
            return;
        }
        Long leader = roster.parties(next.id).leaderUnitId();
        if (next.status != TermStatus.ACTIVE || !Objects.equals(leader, r.leader.id)) {
            throw DomainException.conflict("LEADERSHIP_NEXT_TERM_STARTED", Text.of(
                    "Năm thi đua {0} của {1} đã ở bước “{2}” với Trưởng khối khác; không xác nhận kết quả này được.",
                    "The {0} term of {1} is already “{2}” under another leader; this result cannot be confirmed.")
                    .with(next.year, next.bloc.name, next.status));
        }
    }

    private static Unit replaced(NextYearMembers.Plan plan, Unit unit) {
        NextYearMembers.Carried carried = plan.carried().get(unit.id);
        return carried == null ? null : carried.replaces();
    }

    /** The unit in next year's term with this role: added, or its membership's role set (MEMBER never demotes a seat). */
    private void place(Term next, Map<Long, Membership> byUnit, Unit unit, MembershipRole role, Unit replaces,
            Map<Long, ConfirmationData.CarriedMember> members) {
        Membership m = byUnit.get(unit.id);
        if (m == null) {
            membershipService.add(next.id, new MembershipInput(unit.id, role, null, null));
        } else if (role != MembershipRole.MEMBER && (m.role != role || !m.isCurrent())) {
            setRole(m, role);
        }
        MembershipRole held = m == null || role != MembershipRole.MEMBER ? role : m.role;
        members.put(unit.id, new ConfirmationData.CarriedMember(UnitRef.of(unit, next.firstDay()), held,
                replaces == null ? null : UnitRef.of(replaces, next.firstDay().minusDays(1))));
    }

    private void setRole(Membership m, MembershipRole role) {
        membershipService.update(m.id, CURRENT, new MembershipUpdate(role, m.joinedOn, null, null, null));
    }
}
