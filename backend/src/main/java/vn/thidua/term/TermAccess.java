package vn.thidua.term;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.thidua.access.ProvinceScope;

/**
 * The term access policy (one place, every feature of a term's year uses it): finds the term in the
 * caller's province scope (404 otherwise, as for a missing id) and tells what the caller is in it.
 * Resolved per request and term with one membership query.
 */
@RequestScoped
public class TermAccess {

    @Inject
    TermService terms;

    @Inject
    TermRoster roster;

    @Inject
    ProvinceScope scope;

    /** The caller's part in the term; 404 {@code TERM_NOT_FOUND} outside their scope. */
    public TermParty of(long termId) {
        return of(terms.find(termId));
    }

    /** The caller's part in a term already loaded (and already checked to be in scope). */
    public TermParty of(Term term) {
        TermRoster.Parties parties = roster.parties(term.id);
        return new TermParty(term, scope.caller(), parties.leaderUnitId(), parties.deputyUnitId(),
                parties.memberUnitIds());
    }
}
