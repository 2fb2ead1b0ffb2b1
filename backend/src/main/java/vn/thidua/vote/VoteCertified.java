package vn.thidua.vote;

import java.time.Instant;
import java.util.List;

/**
 * Fired (synchronously, inside the certifying transaction) when a vote's result is certified, so that
 * the features it feeds (leadership handover, award proposals) record it atomically with the
 * certification. {@code elected} are the winning member units in order: for LEADER_AND_DEPUTY the leader
 * then the deputy; for an award vote the units proposed, best first. Never carries who voted for whom.
 */
public record VoteCertified(VoteSubject subject, List<Long> elected, Instant certifiedAt) {

    public VoteCertified {
        elected = List.copyOf(elected);
    }
}
