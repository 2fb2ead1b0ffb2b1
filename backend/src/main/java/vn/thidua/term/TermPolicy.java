package vn.thidua.term;

import java.util.Objects;

import vn.thidua.security.CurrentUser;

/** Who manages a term: the Board's admins and the officers of the term's current LEADER and DEPUTY units. */
public final class TermPolicy {

    private TermPolicy() {
    }

    public static boolean canManage(CurrentUser user, TermRoster.Summary summary) {
        if (user.isAdmin()) {
            return true;
        }
        if (!user.isOfficer()) {
            return false;
        }
        Long unitId = user.unit().id;
        return (summary.leader() != null && Objects.equals(summary.leader().id(), unitId))
                || (summary.deputy() != null && Objects.equals(summary.deputy().id(), unitId));
    }
}
