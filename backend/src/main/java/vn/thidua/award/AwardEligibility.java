package vn.thidua.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.thidua.common.error.Text;
import vn.thidua.term.Term;
import vn.thidua.vote.CandidateEligibility;
import vn.thidua.vote.VoteKind;
import vn.thidua.vote.VoteSubject;

/** The vote engine's question before an award vote opens: {@link AwardRules} on the day it opens (Vietnamese civil date). */
@ApplicationScoped
public class AwardEligibility implements CandidateEligibility {

    @Inject
    AwardRules rules;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Map<Long, Text> ineligible(VoteSubject subject, Collection<Long> candidateUnitIds) {
        if (subject.kind() != VoteKind.AWARD_VOTE || candidateUnitIds.isEmpty()) {
            return Map.of();
        }
        Term term = em.find(Term.class, subject.termId());
        if (term == null) {
            return Map.of();
        }
        return rules.ineligible(term, candidateUnitIds, LocalDate.now(clock), null);
    }
}
