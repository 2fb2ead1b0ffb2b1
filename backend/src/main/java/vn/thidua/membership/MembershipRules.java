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
            throw DomainException.rule(Text.of(unit.name + " không hoạt động trong năm " + term.year + ".",
                    unit.name + " is not active during " + term.year + "."), "unitId");
        }
        if (joinedOn.getYear() != term.year) {
            throw DomainException.rule(Text.of("Ngày tham gia phải thuộc năm " + term.year,
                    "joinedOn must fall in " + term.year), "joinedOn");
        }
        if (leftOn != null && (leftOn.isBefore(joinedOn) || leftOn.getYear() != term.year)) {
            throw DomainException.rule(Text.of("Ngày rời khối phải sau ngày tham gia, trong năm " + term.year,
                    "leftOn must follow joinedOn within " + term.year), "leftOn");
        }
        if (!unit.isActiveOn(joinedOn)) {
            throw DomainException.rule(Text.of(unit.name + " không hoạt động vào ngày " + joinedOn
                    + " (hoạt động " + unit.activeFrom + " – " + (unit.activeTo == null ? "nay" : unit.activeTo) + ").",
                    unit.name + " is not active on " + joinedOn + "."), "unitId");
        }
        if (leftOn != null) {
            return;
        }
        if (role != MembershipRole.MEMBER) {
            memberships.currentHolder(term.id, role, self).ifPresent(holder -> {
                String label = role == MembershipRole.LEADER ? "Trưởng khối" : "Phó trưởng khối";
                throw DomainException.rule(Text.of(
                        "Năm thi đua đã có " + label + ": " + holder.unit.name + ". Hãy đổi vai trò đơn vị đó trước.",
                        "The term already has a " + role + ": " + holder.unit.name + "."), "role");
            });
        }
        memberships.otherBlocSameYear(unit.id, term.year, term.bloc.kind, term.id).ifPresent(other -> {
            throw DomainException.rule(Text.of(unit.name + " đã thuộc " + other.term.bloc.name + " năm " + term.year
                    + "; mỗi đơn vị chỉ ở một khối mỗi năm.",
                    unit.name + " is already in " + other.term.bloc.name + " for " + term.year + "."), "unitId");
        });
    }
}
