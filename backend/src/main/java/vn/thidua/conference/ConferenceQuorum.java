package vn.thidua.conference;

import java.util.Set;

/**
 * The attendance a vote held at a conference counts its quorum from: the term's member units, and
 * those present with a delegate who may vote for them. Read with {@link ConferenceService#quorumOf}.
 */
public record ConferenceQuorum(long conferenceId, long termId, ConferenceStatus status, Set<Long> memberUnitIds,
        Set<Long> votingUnitIds) {

    public ConferenceQuorum {
        memberUnitIds = Set.copyOf(memberUnitIds);
        votingUnitIds = Set.copyOf(votingUnitIds);
    }

    /** Whether at least numerator/denominator of the members are present with a vote (e.g. 2/3). */
    public boolean reached(int numerator, int denominator) {
        return (long) votingUnitIds.size() * denominator >= (long) memberUnitIds.size() * numerator;
    }
}
