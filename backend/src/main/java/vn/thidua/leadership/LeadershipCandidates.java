package vn.thidua.leadership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.term.LeaderSelection;
import vn.thidua.term.Term;
import vn.thidua.term.TermRepository;
import vn.thidua.unit.Unit;
import vn.thidua.vote.CandidateEligibility;
import vn.thidua.vote.VoteKind;
import vn.thidua.vote.VoteSubject;

/**
 * Asked by the vote engine before a leader election opens, so that a vote is never held whose certification
 * {@link LeadershipElections} would refuse: every candidate is ineligible when the term's rules do not choose
 * the leader by election, and a unit that will not be active next year (merged, dissolved) cannot stand.
 */
@ApplicationScoped
public class LeadershipCandidates implements CandidateEligibility {

    @Inject
    TermRepository terms;

    @Inject
    EntityManager em;

    @Override
    public Map<Long, Text> ineligible(VoteSubject subject, Collection<Long> candidateUnitIds) {
        Map<Long, Text> reasons = new LinkedHashMap<>();
        if (subject.kind() != VoteKind.LEADER_ELECTION) {
            return reasons;
        }
        Term term = terms.findWithBloc(subject.termId()).orElse(null);
        if (term == null) {
            return reasons;
        }
        Text notByElection = null;
        try {
            LeadershipService.requireMethod(term, LeaderSelection.ELECTION);
        } catch (DomainException e) {
            notByElection = e.detail();
        }
        LocalDate firstDay = LocalDate.of(term.year + 1, 1, 1);
        for (Long id : candidateUnitIds) {
            Unit unit = em.find(Unit.class, id);
            if (notByElection != null) {
                reasons.put(id, notByElection);
            } else if (unit != null && !unit.isActiveOn(firstDay)) {
                reasons.put(id, Text.of("{0} không còn hoạt động vào năm {1}.", "{0} is not active in {1}.").with(unit, term.year + 1));
            }
        }
        return reasons;
    }
}
