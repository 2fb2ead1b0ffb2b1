package vn.thidua.leadership;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.term.LeaderSelection;
import vn.thidua.term.Term;
import vn.thidua.term.TermRepository;
import vn.thidua.unit.Unit;
import vn.thidua.vote.LeadershipSeats;
import vn.thidua.vote.VoteCertified;
import vn.thidua.vote.VoteKind;

/**
 * A certified leader election becomes the outgoing term's PROPOSED result, inside the certifying transaction
 * (a refusal here fails the certification): LEADER_AND_DEPUTY fills both seats, LEADER and DEPUTY (two
 * successive ballots) fill theirs in turn. Refused unless the term's rules choose the leader by election.
 */
@ApplicationScoped
public class LeadershipElections {

    @Inject
    TermRepository terms;

    @Inject
    LeadershipService service;

    @Transactional(Transactional.TxType.MANDATORY)
    void onCertified(@Observes VoteCertified event) {
        if (event.subject().kind() != VoteKind.LEADER_ELECTION) {
            return;
        }
        Term term = terms.findWithBloc(event.subject().termId()).orElseThrow(LeadershipService::notFound);
        LeadershipService.requireMethod(term, LeaderSelection.ELECTION);
        LeadershipSeats seats = event.subject().seats() == null ? LeadershipSeats.LEADER_AND_DEPUTY : event.subject().seats();
        List<Long> elected = event.elected();
        if (elected.isEmpty() || elected.size() > (seats == LeadershipSeats.LEADER_AND_DEPUTY ? 2 : 1)) {
            throw DomainException.conflict("LEADERSHIP_ELECTION_RESULT_SHAPE", Text.of(
                    "Cuộc bầu “{0}” phải có {1} đơn vị trúng cử; kết quả có {2}.",
                    "An election of the “{0}” needs {1} elected units; the result has {2}.")
                    .with(seats, seats == LeadershipSeats.LEADER_AND_DEPUTY ? "1–2" : "1", elected.size()));
        }
        LeadershipService.Draft draft = service.draft(term, LeaderSelection.ELECTION, null, null);
        LeadershipResult r = draft.result();
        long voteId = event.subject().voteId();
        Unit first = service.unitFor(term, elected.get(0), "elected");
        switch (seats) {
            case LEADER_AND_DEPUTY -> {
                r.leader = first;
                r.leaderVoteId = voteId;
                r.deputy = elected.size() > 1 ? service.unitFor(term, elected.get(1), "elected") : null;
                r.deputyVoteId = r.deputy == null ? null : voteId;
            }
            case LEADER -> {
                r.leader = first;
                r.leaderVoteId = voteId;
            }
            case DEPUTY -> {
                r.deputy = first;
                r.deputyVoteId = voteId;
            }
        }
        LeadershipService.requireTwoUnits(r.leader, r.deputy, "elected");
        service.save(draft, null);
    }
}
