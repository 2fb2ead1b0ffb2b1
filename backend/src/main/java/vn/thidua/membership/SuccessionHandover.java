package vn.thidua.membership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.audit.AuditLog;
import vn.thidua.audit.AuditOperation;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.persistence.InList;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRoles;

/** Hands a merged unit's LEADER/DEPUTY role to its successor, keeping both memberships as history. */
@ApplicationScoped
public class SuccessionHandover implements UnitRoles {

    @Inject
    MembershipRepository memberships;

    @Inject
    MembershipRules rules;

    @Inject
    AuditLog audit;

    @Override
    public List<HeldRole> leadingRoles(Collection<Long> unitIds, int year, LocalDate date) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        InList units = InList.of("units", unitIds);
        Map<String, Object> params = units.parameters();
        params.putAll(Map.of("year", year, "date", date, "member", MembershipRole.MEMBER, "closed", vn.thidua.term.TermStatus.CLOSED));
        return memberships.find("select m from Membership m join fetch m.term t join fetch t.bloc b where " + units.in("m.unit.id")
                + " and m.termYear = :year and m.leftOn is null and m.joinedOn < :date and m.role <> :member and t.status <> :closed"
                + " order by b.name, m.id", params)
                .list().stream().map(m -> new HeldRole(m.id, m.term.id, m.unit.id, m.term.bloc.name, m.termYear,
                        m.role.name(), m.role.label())).toList();
    }

    @Override
    public Handover handOver(HeldRole held, Unit successor, LocalDate date, String reason) {
        Membership from = memberships.findById(held.membershipId());
        var before = from.snapshot().map();
        from.leftOn = date.minusDays(1);
        from.leftReason = reason;
        memberships.flush();
        audit.record(AuditOperation.UPDATE, from, before, from.snapshot().map(), reason);
        if (!successor.provinceId.equals(from.term.bloc.provinceId)) {
            throw DomainException.rule("MEMBERSHIP_PROVINCE_MISMATCH", Text.of(
                    "{0} không thuộc tỉnh, thành phố của khối {1}; đơn vị chỉ tham gia khối thi đua của tỉnh mình.",
                    "{0} is not in the province of {1}; a unit joins only blocs of its own province.")
                    .with(successor.name, from.term.bloc.name), "transferRoles");
        }
        var existing = memberships.findInTerm(from.term.id, successor.id);
        if (existing.isPresent()) {
            Membership to = existing.get();
            if (!to.isCurrent()) {
                throw DomainException.rule("SUCCESSION_SUCCESSOR_LEFT_TERM", Text.of(
                        "{0} đã rời khối {1} năm {2}; không nhận được vai trò {3}.",
                        "{0} has left {1} {2}; it cannot take the {3} role.")
                        .with(successor, from.term.bloc.name, from.termYear, from.role), "transferRoles");
            }
            String previous = to.role.name();
            if (to.role.ordinal() > from.role.ordinal()) {
                var toBefore = to.snapshot().map();
                rules.check(to.term, successor, from.role, to.joinedOn, null, to.id);
                to.role = from.role;
                memberships.flush();
                audit.record(AuditOperation.UPDATE, to, toBefore, to.snapshot().map(), reason);
            }
            return new Handover(from.term.id, from.id, to.id, previous);
        }
        rules.check(from.term, successor, from.role, date, null, null);
        Membership to = new Membership();
        to.term = from.term;
        to.unit = successor;
        to.termYear = from.termYear;
        to.blocKind = from.blocKind;
        to.role = from.role;
        to.joinedOn = date;
        memberships.persistAndFlush(to);
        audit.record(AuditOperation.CREATE, to, Map.of(), to.snapshot().map(), reason);
        return new Handover(from.term.id, from.id, to.id, null);
    }

    @Override
    public void takeBack(Handover handover, LocalDate date, String reason) {
        Membership from = memberships.findById(handover.fromMembershipId());
        Membership to = memberships.findById(handover.toMembershipId());
        if (from == null || to == null || !date.minusDays(1).equals(from.leftOn) || !to.isCurrent()
                || (handover.toPreviousRole() == null && !to.role.equals(from.role))) {
            throw DomainException.conflict("SUCCESSION_ROLES_CHANGED", Text.of(
                    "Vai trò trong khối đã được thay đổi sau khi chuyển cho đơn vị kế thừa; hãy sửa tư cách thành viên trước.",
                    "The bloc roles changed after they were handed to the successor; correct the memberships first."));
        }
        var toBefore = to.snapshot().map();
        if (handover.toPreviousRole() == null) {
            memberships.delete(to);
            memberships.flush();
            audit.record(AuditOperation.DELETE, to, toBefore, Map.of(), reason);
        } else {
            to.role = MembershipRole.valueOf(handover.toPreviousRole());
            memberships.flush();
            audit.record(AuditOperation.UPDATE, to, toBefore, to.snapshot().map(), reason);
        }
        var before = from.snapshot().map();
        from.leftOn = null;
        from.leftReason = null;
        memberships.flush();
        audit.record(AuditOperation.UPDATE, from, before, from.snapshot().map(), reason);
    }
}
