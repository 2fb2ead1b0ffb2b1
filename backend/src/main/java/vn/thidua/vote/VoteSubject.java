package vn.thidua.vote;

/**
 * What a vote is about, as other features see it: its term, its kind, and for a leader election the
 * seats it fills, for an award vote the award (each null otherwise).
 */
public record VoteSubject(long voteId, long termId, VoteKind kind, LeadershipSeats seats, AwardKind award) {
}
