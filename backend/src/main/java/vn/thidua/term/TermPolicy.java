package vn.thidua.term;

import java.util.Objects;

import vn.thidua.access.CallerScope;

/** Who manages a term: the Board's admins and the officers of the term's current LEADER and DEPUTY units. */
public final class TermPolicy {

    private TermPolicy() {
    }

    public static boolean canManage(CallerScope caller, TermRoster.Summary summary) {
        if (caller.writes()) {
            return true;
        }
        Long unitId = caller.unitId();
        if (unitId == null) {
            return false;
        }
        return (summary.leader() != null && Objects.equals(summary.leader().id(), unitId))
                || (summary.deputy() != null && Objects.equals(summary.deputy().id(), unitId));
    }
}
