package vn.thidua.vote;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import vn.thidua.common.error.Text;

/**
 * Test beans at the vote engine's seams: a {@link CandidateEligibility} refusing only the units a test puts
 * in {@link #REFUSED} (none otherwise, so other tests are unaffected), and an observer keeping every
 * {@link VoteCertified} event.
 */
@ApplicationScoped
public class TestEligibility implements CandidateEligibility {

    static final Set<Long> REFUSED = ConcurrentHashMap.newKeySet();
    static final java.util.List<VoteCertified> CERTIFIED = new CopyOnWriteArrayList<>();

    @Override
    public Map<Long, Text> ineligible(VoteSubject subject, Collection<Long> candidateUnitIds) {
        return candidateUnitIds.stream().filter(REFUSED::contains)
                .collect(Collectors.toMap(id -> id, id -> Text.of("đang bị thanh tra (thử nghiệm)", "under inspection (test)")));
    }

    void certified(@Observes VoteCertified event) {
        CERTIFIED.add(event);
    }
}
