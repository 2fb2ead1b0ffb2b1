package vn.thidua.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import vn.thidua.vote.VoteCertified;
import vn.thidua.vote.VoteKind;

/** A certified award vote fills the term's dossier, in the certifying transaction (the vote engine knows nothing of awards). */
@ApplicationScoped
public class AwardVoteObserver {

    @Inject
    AwardProposalService proposals;

    void certified(@Observes VoteCertified event) {
        if (event.subject().kind() == VoteKind.AWARD_VOTE) {
            proposals.recordVote(event);
        }
    }
}
