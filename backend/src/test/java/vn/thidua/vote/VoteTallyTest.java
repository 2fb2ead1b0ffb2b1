package vn.thidua.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.term.ThresholdBase;

/** The tally's arithmetic, pure: thresholds and their boundaries, ties at the cut, the runoff's candidates, the lot, disclosure. */
class VoteTallyTest {

    private static final VoteTally.Threshold HALF = new VoteTally.Threshold(new BigDecimal("50"), false, ThresholdBase.VALID_BALLOTS);
    private static final VoteTally.Threshold HALF_OR_MORE = new VoteTally.Threshold(new BigDecimal("50"), true, ThresholdBase.VALID_BALLOTS);

    private static Map<Long, Integer> votes(long... pairs) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], (int) pairs[i + 1]);
        }
        return out;
    }

    @Test
    void exactlyTheThresholdWinsOnlyWhenInclusive() {
        assertFalse(HALF.reached(5, 10));
        assertTrue(HALF.reached(6, 10));
        assertTrue(HALF_OR_MORE.reached(5, 10));
        assertFalse(HALF_OR_MORE.reached(4, 10));
        VoteTally.Threshold seventy = new VoteTally.Threshold(new BigDecimal("70.00"), true, ThresholdBase.ALL_MEMBERS);
        assertTrue(seventy.reached(7, 10));
        assertFalse(seventy.reached(6, 10));
        assertEquals(12, seventy.baseValue(8, 10, 12));
        assertEquals(10, new VoteTally.Threshold(BigDecimal.TEN, false, ThresholdBase.PRESENT_MEMBERS).baseValue(8, 10, 12));
        assertEquals(8, HALF.baseValue(8, 10, 12));
    }

    @Test
    void mostVotesFirstAndATieAtTheCutLeavesTheSeatUnfilledWithATiedRunoff() {
        VoteTally.Result r = VoteTally.elect(votes(1, 6, 2, 4, 3, 4, 4, 1), 2, new VoteTally.Threshold(new BigDecimal("30"), false,
                ThresholdBase.VALID_BALLOTS), 10, false);
        assertEquals(List.of(1L), r.elected());
        assertEquals(1, r.unfilledSeats());
        assertEquals(List.of(2L, 3L), r.nextRoundCandidates()); // the top two for one seat
        VoteTally.Result three = VoteTally.elect(votes(1, 6, 2, 4, 3, 4, 4, 4), 2, new VoteTally.Threshold(new BigDecimal("30"), false,
                ThresholdBase.VALID_BALLOTS), 10, false);
        assertEquals(List.of(2L, 3L, 4L), three.nextRoundCandidates()); // and all tied with the last of them
    }

    @Test
    void orderedSeatsLeaveATieBetweenLeaderAndDeputyUndecided() {
        VoteTally.Result unordered = VoteTally.elect(votes(1, 5, 2, 5, 3, 0), 2, HALF_OR_MORE, 10, false);
        assertEquals(List.of(1L, 2L), unordered.elected());
        VoteTally.Result ordered = VoteTally.elect(votes(1, 5, 2, 5, 3, 0), 2, HALF_OR_MORE, 10, true);
        assertEquals(List.of(), ordered.elected());
        assertEquals(List.of(1L, 2L, 3L), ordered.nextRoundCandidates());
    }

    @Test
    void withoutAnyoneAboveTheThresholdTheRunoffIsBetweenTheTopTwo() {
        VoteTally.Result r = VoteTally.elect(votes(1, 3, 2, 2, 3, 1), 1, HALF, 6, false);
        assertFalse(r.complete());
        assertEquals(List.of(1L, 2L), r.nextRoundCandidates());
    }

    @Test
    void theLotIsReproducibleFromItsSeedAndIndependentOfTheCandidatesOrder() {
        Random random = new Random(20261202L);
        for (int trial = 0; trial < 500; trial++) {
            int n = 2 + random.nextInt(5);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add(100L + random.nextInt(1000) * 10 + i);
            }
            Map<Long, Integer> tied = new LinkedHashMap<>();
            ids.forEach(id -> tied.put(id, 3));
            long seed = random.nextLong();
            VoteTally.Result revote = VoteTally.elect(tied, 1, HALF, 6, false);
            List<Long> first = VoteTally.lot(revote, seed).elected();
            assertEquals(1, first.size());
            assertEquals(first, VoteTally.lot(revote, seed).elected());
            List<Long> shuffled = new ArrayList<>(ids);
            Collections.shuffle(shuffled, random);
            Map<Long, Integer> again = new LinkedHashMap<>();
            shuffled.forEach(id -> again.put(id, 3));
            assertEquals(first, VoteTally.lot(VoteTally.elect(again, 1, HALF, 6, false), seed).elected());
        }
    }

    @Test
    void theLotPrefersMoreVotesAndDrawsOnlyAmongTies() {
        VoteTally.Result revote = VoteTally.elect(votes(1, 2, 2, 3, 3, 3), 1, new VoteTally.Threshold(new BigDecimal("60"), false,
                ThresholdBase.VALID_BALLOTS), 8, false);
        for (long seed = 0; seed < 50; seed++) {
            List<Long> won = VoteTally.lot(revote, seed).elected();
            assertTrue(won.equals(List.of(2L)) || won.equals(List.of(3L)), won.toString());
        }
    }

    /** Seeded property: votes sum to the marks, elected never exceed the seats, every elected one reached the threshold and beats the rest. */
    @Test
    void seededBallotsCountEveryMarkOnceAndElectOnlyClearWinners() {
        Random random = new Random(12);
        for (int trial = 0; trial < 2000; trial++) {
            int candidates = 1 + random.nextInt(6);
            int seats = 1 + random.nextInt(Math.min(3, candidates));
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < candidates; i++) {
                ids.add((long) (i + 1));
            }
            List<List<Long>> ballots = new ArrayList<>();
            int marks = 0;
            for (int b = random.nextInt(20); b > 0; b--) {
                List<Long> pick = new ArrayList<>(ids);
                Collections.shuffle(pick, random);
                List<Long> ballot = pick.subList(0, random.nextInt(seats + 1));
                marks += ballot.size();
                ballots.add(List.copyOf(ballot));
            }
            Map<Long, Integer> votes = VoteTally.votes(ids, ballots);
            assertEquals(marks, votes.values().stream().mapToInt(Integer::intValue).sum());
            boolean ordered = random.nextBoolean();
            VoteTally.Result r = VoteTally.elect(votes, seats, HALF, ballots.size(), ordered);
            assertTrue(r.elected().size() <= seats);
            assertEquals(seats - r.elected().size(), r.unfilledSeats());
            for (Long e : r.elected()) {
                assertTrue(HALF.reached(votes.get(e), ballots.size()));
                for (Long other : ids) {
                    if (!r.elected().contains(other)) {
                        assertTrue(votes.get(e) > votes.get(other), "an elected candidate beats every one not elected");
                    }
                }
            }
            if (!r.complete()) {
                assertTrue(r.nextRoundCandidates().stream().noneMatch(r.elected()::contains));
            }
        }
    }

    @Test
    void theResultWarnsWhenItWouldRevealSingleVotes() {
        assertEquals(Set.of(DisclosureWarning.UNANIMOUS, DisclosureWarning.IDENTICAL_BALLOTS),
                VoteTally.disclosure(votes(1, 4, 2, 0), 4, List.of(List.of(1L), List.of(1L), List.of(1L), List.of(1L))));
        assertEquals(Set.of(DisclosureWarning.SINGLE_VOTE),
                VoteTally.disclosure(votes(1, 3, 2, 1), 4, List.of(List.of(1L), List.of(1L), List.of(2L), List.of(1L))));
        assertEquals(Set.of(), VoteTally.disclosure(votes(1, 3, 2, 2), 5,
                List.of(List.of(1L), List.of(1L), List.of(2L), List.of(1L), List.of(2L))));
        Map<Long, Integer> big = votes(1, 20, 2, 1);
        assertEquals(Set.of(), VoteTally.disclosure(big, 21, null), "one vote among many is not recognisable");
    }
}
