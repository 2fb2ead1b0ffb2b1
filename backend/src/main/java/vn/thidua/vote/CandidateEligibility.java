package vn.thidua.vote;

import java.util.Collection;
import java.util.Map;

import vn.thidua.common.error.Text;

/**
 * A rule, owned by another feature, on who may stand in a vote (e.g. awards: a unit under discipline or
 * already proposed for the same achievement). The vote engine asks every such bean before a vote opens
 * and refuses to open while any candidate is ineligible, naming the reason. Beans are discovered as CDI
 * {@code Instance<CandidateEligibility>}, so the vote package depends on none of them.
 */
public interface CandidateEligibility {

    /** The reason each ineligible candidate may not stand (units absent from the map may). */
    Map<Long, Text> ineligible(VoteSubject subject, Collection<Long> candidateUnitIds);
}
