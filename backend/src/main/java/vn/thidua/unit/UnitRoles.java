package vn.thidua.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import vn.thidua.common.error.Text;

/** What successions need of bloc roles (implemented by the membership feature). */
public interface UnitRoles {

    /** The units' current LEADER/DEPUTY memberships in open (not closed) terms of {@code year}, joined before {@code date}. */
    List<HeldRole> leadingRoles(Collection<Long> unitIds, int year, LocalDate date);

    /**
     * Ends the holder's membership the day before {@code date} and gives its role to {@code successor}: a new
     * membership from {@code date}, or the successor's own one raised when it is in the term already. Audited.
     */
    Handover handOver(HeldRole held, Unit successor, LocalDate date, String reason);

    /** Undoes a handover; refuses (409 SUCCESSION_ROLES_CHANGED) when either membership changed since. */
    void takeBack(Handover handover, LocalDate date, String reason);

    /** A role as users know it: the bloc's name, the year, the role and the unit holding it. */
    record HeldRole(Long membershipId, Long termId, Long unitId, String blocName, int year, String role, Text roleLabel) {
    }

    /** What a handover did: the membership it ended and the successor's ({@code toPreviousRole} null: created). */
    record Handover(Long termId, Long fromMembershipId, Long toMembershipId, String toPreviousRole) {
    }
}
