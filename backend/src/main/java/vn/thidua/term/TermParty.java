package vn.thidua.term;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.thidua.access.CallerScope;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;

/**
 * The caller's part in one term, resolved by {@link TermAccess}: the Board's admin of the province,
 * the officer of the term's LEADER or DEPUTY unit (they manage the term), a member unit's officer (acts
 * for its own unit only), or a reader (other blocs' and provinces' officers, viewers, portals, the
 * Ministry: public reads only). Every write of a term's campaigns, registrations, covenant and
 * conferences asks it; reads turn it into the {@code permissions} they return.
 */
public record TermParty(Term term, CallerScope caller, Long leaderUnitId, Long deputyUnitId, Set<Long> memberUnitIds) {

    public TermParty {
        memberUnitIds = Set.copyOf(memberUnitIds);
    }

    public long termId() {
        return term.id;
    }

    /** A Board admin whose scope holds the term's province. */
    public boolean isBoard() {
        return caller.writes();
    }

    /** The officer's unit, when it is a current member of the term. */
    public Optional<Long> ownMemberUnit() {
        Long unit = caller.unitId();
        return unit != null && memberUnitIds.contains(unit) ? Optional.of(unit) : Optional.empty();
    }

    public boolean isMember() {
        return ownMemberUnit().isPresent();
    }

    /** Whether anything of this year may still change for the caller: the term is not CLOSED, the account not the Ministry's read-only one. */
    public boolean writesYear() {
        return !term.isClosed() && !caller.isNational();
    }

    /** {@link #manages()} in a year that may still change: what a managers' action's {@code permissions} entry asks. */
    public boolean managesOpenYear() {
        return manages() && writesYear();
    }

    /** The Board, or the officer of the current LEADER or DEPUTY unit. */
    public boolean manages() {
        return manages(caller, leaderUnitId, deputyUnitId);
    }

    /** The rule of {@link #manages()} for callers that know only a term's leader and deputy (e.g. {@code /me}). */
    public static boolean manages(CallerScope caller, Long leaderUnitId, Long deputyUnitId) {
        if (caller.writes()) {
            return true;
        }
        Long unit = caller.unitId();
        return unit != null && (Objects.equals(unit, leaderUnitId) || Objects.equals(unit, deputyUnitId));
    }

    /** The Board (acting for any member), or the member unit's own officer; never another unit's. */
    public boolean actsFor(long unitId) {
        return isBoard() || ownMemberUnit().filter(own -> own == unitId).isPresent();
    }

    /** Whether the caller may see what only the bloc sees (members' drafts stay with their unit and managers). */
    public boolean insider() {
        return manages() || isMember();
    }

    /** 403 unless the caller manages the term (the national account and readers get their own code). */
    public void requireManage() {
        requireNotReadOnly();
        if (!manages()) {
            throw DomainException.forbidden("TERM_MANAGERS_ONLY", Text.of(
                    "Chỉ Ban Thi đua - Khen thưởng và đơn vị Trưởng khối, Phó trưởng khối của {0} năm {1} được làm việc này.",
                    "Only the Board and the leader and deputy units of {0} in {1} may do this.")
                    .with(term.bloc.name, term.year));
        }
    }

    /** 403 unless the caller may act for {@code unitId} (its own officer, or the Board). */
    public void requireActFor(long unitId) {
        requireNotReadOnly();
        if (!actsFor(unitId)) {
            throw DomainException.forbidden(caller.unitId() != null && !isMember() ? "TERM_NOT_A_MEMBER"
                    : "TERM_OWN_UNIT_ONLY", caller.unitId() != null && !isMember()
                            ? Text.of("Đơn vị của tài khoản không phải thành viên của {0} năm {1}.",
                                    "The account's unit is not a member of {0} in {1}.").with(term.bloc.name, term.year)
                            : Text.of("Mỗi đơn vị chỉ làm việc này cho chính mình, không thay đơn vị khác.",
                                    "A unit does this for itself only, never for another unit."));
        }
    }

    private void requireNotReadOnly() {
        if (caller.isNational()) {
            throw DomainException.forbidden("NATIONAL_READ_ONLY", Text.of(
                    "Tài khoản cấp Bộ (toàn quốc) chỉ được xem, không được thay đổi dữ liệu.",
                    "National (Ministry) accounts read only; they cannot change data."));
        }
        if (caller.reach() == CallerScope.Reach.READER) {
            throw DomainException.forbidden("READ_ONLY_ACCOUNT",
                    Text.of("Tài khoản này chỉ được xem.", "This account reads only."));
        }
    }
}
