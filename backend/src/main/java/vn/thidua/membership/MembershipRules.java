package vn.thidua.membership;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.term.Term;
import vn.thidua.unit.Unit;

/**
 * The membership rules of DOMAIN.md: dates inside the term's year, the unit active when it joins,
 * one current LEADER and one DEPUTY per term, one bloc of a kind per unit per year.
 */
@ApplicationScoped
public class MembershipRules {

    @Inject
    MembershipRepository memberships;

    void check(Term term, Unit unit, MembershipRole role, LocalDate joinedOn, LocalDate leftOn, Long self) {
        if (unit.activeFrom.isAfter(term.lastDay()) || (unit.activeTo != null && unit.activeTo.isBefore(term.firstDay()))) {
            throw DomainException.rule("MEMBERSHIP_UNIT_INACTIVE_IN_YEAR", Text.of("{0} không hoạt động trong năm {1}.",
                    "{0} is not active during {1}.").with(unit, term.year), "unitId");
        }
        if (joinedOn.getYear() != term.year) {
            throw DomainException.rule("MEMBERSHIP_JOINED_OUTSIDE_YEAR", Text.of("Ngày tham gia ({0}) phải thuộc năm {1}.",
                    "joinedOn ({0}) must fall in {1}.").with(joinedOn, term.year), "joinedOn");
        }
        if (leftOn != null && (leftOn.isBefore(joinedOn) || leftOn.getYear() != term.year)) {
            throw DomainException.rule("MEMBERSHIP_LEFT_OUTSIDE_PERIOD", Text.of(
                    "Ngày rời khối ({0}) phải sau ngày tham gia ({1}), trong năm {2}.",
                    "leftOn ({0}) must follow joinedOn ({1}) within {2}.").with(leftOn, joinedOn, term.year), "leftOn");
        }
        if (!unit.isActiveOn(joinedOn)) {
            throw DomainException.rule("MEMBERSHIP_UNIT_INACTIVE_ON_DATE", Text.of(
                    "{0} không hoạt động vào ngày {1} (hoạt động {2} – {3}).",
                    "{0} is not active on {1} (active {2} – {3}).").with(unit, joinedOn, unit.activeFrom,
                            unit.activeTo == null ? Text.of("nay", "now") : unit.activeTo), "unitId");
        }
        if (leftOn != null) {
            return;
        }
        if (role != MembershipRole.MEMBER) {
            memberships.currentHolder(term.id, role, self).ifPresent(holder -> {
                throw DomainException.rule(role == MembershipRole.LEADER ? "MEMBERSHIP_LEADER_TAKEN"
                        : "MEMBERSHIP_DEPUTY_TAKEN", Text.of(
                        "Năm thi đua đã có {0}: {1}. Hãy đổi vai trò đơn vị đó trước.",
                        "The term already has a {0}: {1}. Change that unit's role first.")
                        .with(lowerEn(role.label()), holder.unit), "role");
            });
        }
        memberships.otherBlocSameYear(unit.id, term.year, term.bloc.kind, term.id).ifPresent(other -> {
            throw DomainException.rule("MEMBERSHIP_UNIT_IN_OTHER_BLOC", Text.of(
                    "{0} đã thuộc {1} năm {2}; mỗi đơn vị chỉ ở một {3} mỗi năm.",
                    "{0} is already in {1} for {2}; a unit is in one {3} a year.")
                    .with(unit, other.term.bloc.name, term.year, lowerAll(term.bloc.kind.label())), "unitId");
        });
    }

    private static Text lowerEn(Text text) {
        return Text.of(text.vi(), text.en().toLowerCase(java.util.Locale.ROOT));
    }

    private static Text lowerAll(Text text) {
        return Text.of(text.vi().toLowerCase(java.util.Locale.ROOT), text.en().toLowerCase(java.util.Locale.ROOT));
    }
}
