package vn.thidua.term;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.security.CurrentUser;

/** Who manages a term: the Board's admins and the officers of the term's current LEADER and DEPUTY units. */
@ApplicationScoped
public class TermPolicy {

    @Inject
    TermRoster roster;

    public boolean canManage(CurrentUser user, Term term) {
        return canManage(user, roster.summarise(List.of(term.id)).getOrDefault(term.id, TermRoster.Summary.EMPTY));
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
