package vn.thidua.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.thidua.common.testing.Cases;
import vn.thidua.ranking.RankingCalculator.Entry;
import vn.thidua.ranking.RankingCalculator.Ranked;
import vn.thidua.scheme.CriterionKind;
import vn.thidua.scheme.TieBreak;
import vn.thidua.sheet.SheetTotals;

/**
 * {@link RankingCalculator} over 2 000 random rounds each (fixed seeds; a failure prints its seed): a total
 * order, independent of the rows' order, the same for the same seed, a higher total always ahead, and each
 * tie-break step deciding as documented. Totals are drawn from few values so that ties are frequent.
 */
class RankingCalculatorPropertyTest {

    private static final List<String> GROUPS = List.of("I", "II");

    record Round(List<Entry> entries, List<TieBreak> chain, Map<Long, Integer> votes, long seed) {
        List<Ranked> rank() {
            return RankingCalculator.rank(entries, chain, "I", votes, seed);
        }
    }

    @Test
    void positionsAreOneToNDistinctAndEveryUnitOnce() {
        Cases.run(41_000, random -> {
            Round round = round(random);
            List<Ranked> ranked = round.rank();
            assertEquals(round.entries().size(), ranked.size());
            for (int i = 0; i < ranked.size(); i++) {
                assertEquals(i + 1, ranked.get(i).position());
            }
            assertEquals(round.entries().stream().map(Entry::unitId).collect(Collectors.toSet()),
                    ranked.stream().map(Ranked::unitId).collect(Collectors.toSet()));
        });
    }

    @Test
    void theOrderOfTheRowsDoesNotMatterAndTheSameSeedGivesTheSameRanking() {
        Cases.run(42_000, random -> {
            Round round = round(random);
            List<Entry> shuffled = new ArrayList<>(round.entries());
            Collections.shuffle(shuffled, random);
            Round again = new Round(shuffled, round.chain(), round.votes(), round.seed());
            assertEquals(ids(round.rank()), ids(again.rank()));
            assertEquals(round.rank(), round.rank());
        });
    }

    @Test
    void aHigherTotalAlwaysRanksHigherAndAUniqueTotalIsDecidedByTheTotalAlone() {
        Cases.run(43_000, random -> {
            List<Ranked> ranked = round(random).rank();
            Map<BigDecimal, Long> counts = ranked.stream().collect(Collectors.groupingBy(r -> r.totals().total(), Collectors.counting()));
            for (int i = 1; i < ranked.size(); i++) {
                assertTrue(ranked.get(i - 1).totals().total().compareTo(ranked.get(i).totals().total()) >= 0,
                        "position " + i + " has less than position " + (i + 1));
            }
            for (Ranked r : ranked) {
                if (counts.get(r.totals().total()) == 1) {
                    assertNull(r.decidedBy(), "a unique total decided by " + r.decidedBy());
                    assertFalse(r.needsVote());
                }
            }
        });
    }

    @Test
    void eachStepDecidesAsDocumented() {
        Cases.run(44_000, random -> {
            Round round = round(random);
            List<Ranked> ranked = round.rank();
            for (int i = 1; i < ranked.size(); i++) {
                Ranked a = ranked.get(i - 1);
                Ranked b = ranked.get(i);
                if (a.totals().total().compareTo(b.totals().total()) != 0) {
                    continue;
                }
                // the first step of the chain that tells them apart must favour the one ahead
                for (TieBreak step : round.chain()) {
                    int c = compare(step, a, b, round.votes());
                    if (step == TieBreak.MEMBER_VOTE && a.needsVote()) {
                        assertTrue(b.needsVote(), "a tied set needs its vote as a whole");
                        continue; // not recorded yet: the next steps give a provisional order
                    }
                    if (step == TieBreak.LOT) {
                        break; // the draw: checked by the seed's property
                    }
                    assertTrue(c >= 0, step + " put " + b.unitId() + " behind " + a.unitId() + " wrongly");
                    if (c > 0) {
                        break;
                    }
                }
            }
            // needsVote only when the chain reached MEMBER_VOTE and a vote of the set is missing
            for (Ranked r : ranked) {
                if (r.needsVote()) {
                    assertTrue(r.voteReached() && round.chain().contains(TieBreak.MEMBER_VOTE));
                }
            }
        });
    }

    @Test
    void recordedVotesDecideAndMissingOnesMarkTheSet() {
        Cases.run(45_000, random -> {
            long seed = random.nextLong();
            List<Entry> tied = new ArrayList<>();
            int n = 2 + random.nextInt(5);
            for (long id = 1; id <= n; id++) {
                tied.add(new Entry(id * 7, totals("40.00", "50.00", "1.00")));
            }
            List<Ranked> unvoted = RankingCalculator.rank(tied, TieBreak.DEFAULT, "I", Map.of(), seed);
            assertTrue(unvoted.stream().allMatch(r -> r.needsVote() && r.voteReached() && r.decidedBy() == TieBreak.LOT));
            Map<Long, Integer> votes = new HashMap<>();
            List<Integer> counts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                counts.add(i * 2); // distinct
            }
            Collections.shuffle(counts, random);
            for (int i = 0; i < n; i++) {
                votes.put(tied.get(i).unitId(), counts.get(i));
            }
            List<Ranked> voted = RankingCalculator.rank(tied, TieBreak.DEFAULT, "I", votes, seed);
            for (int i = 1; i < n; i++) {
                assertTrue(votes.get(voted.get(i - 1).unitId()) > votes.get(voted.get(i).unitId()));
                assertEquals(TieBreak.MEMBER_VOTE, voted.get(i).decidedBy());
                assertFalse(voted.get(i).needsVote());
            }
        });
    }

    @Test
    void theDrawDependsOnTheSeedNotOnTheIds() {
        // over many seeds every unit of a tied pair comes first sometimes: the id never decides
        List<Entry> pair = List.of(new Entry(1, totals("40.00", "50.00", "0.00")), new Entry(2, totals("40.00", "50.00", "0.00")));
        Set<Long> firsts = new HashSet<>();
        Cases.run(46_000, random -> firsts.add(RankingCalculator.rank(pair, List.of(TieBreak.LOT), "I", Map.of(), random.nextLong())
                .get(0).unitId()));
        assertEquals(Set.of(1L, 2L), firsts);
    }

    @Test
    void aDisqualifiedUnitIsRankedByItsTotalAndMarked() {
        List<Entry> entries = List.of(new Entry(1, totals("50.00", "40.00", "0.00")),
                new Entry(2, new SheetTotals(groups("60.00", "40.00"), new BigDecimal("100.00"), BigDecimal.ZERO.setScale(2),
                        BigDecimal.ZERO.setScale(2), true, new BigDecimal("100.00"))));
        List<Ranked> ranked = RankingCalculator.rank(entries, TieBreak.DEFAULT, "I", Map.of(), 1);
        assertEquals(2L, ranked.get(0).unitId());
        assertTrue(ranked.get(0).disqualified());
        assertFalse(ranked.get(1).disqualified());
    }

    // ── generators ───────────────────────────────────────────────────────────────────────────

    private static Round round(Random random) {
        List<Entry> entries = new ArrayList<>();
        int n = 1 + random.nextInt(12);
        List<Long> ids = new ArrayList<>();
        while (ids.size() < n) {
            long id = 1 + random.nextInt(1_000);
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        for (long id : ids) {
            // few distinct values: ties in totals, first groups and penalties are common
            BigDecimal first = BigDecimal.valueOf(40 + random.nextInt(3) * 5).setScale(2);
            BigDecimal penalty = BigDecimal.valueOf(random.nextInt(3)).setScale(2);
            BigDecimal total = BigDecimal.valueOf(85 + random.nextInt(3) * 5).setScale(2);
            BigDecimal second = total.add(penalty).subtract(first);
            entries.add(new Entry(id, totals(first.toPlainString(), second.toPlainString(), penalty.toPlainString())));
        }
        List<TieBreak> chain = new ArrayList<>(List.of(TieBreak.FIRST_GROUP, TieBreak.FEWER_PENALTY, TieBreak.MEMBER_VOTE));
        Collections.shuffle(chain, random);
        chain = new ArrayList<>(chain.subList(0, random.nextInt(4)));
        chain.add(TieBreak.LOT);
        Map<Long, Integer> votes = new LinkedHashMap<>();
        for (long id : ids) {
            if (random.nextInt(3) > 0) {
                votes.put(id, random.nextInt(4));
            }
        }
        return new Round(entries, chain, votes, random.nextLong());
    }

    /** Totals with no bonus: groups I and II, a penalty, total = I + II − penalty. */
    static SheetTotals totals(String first, String second, String penalty) {
        return SheetTotals.of(GROUPS, List.of(new SheetTotals.Line("I", CriterionKind.QUALITATIVE, new BigDecimal(first), false),
                new SheetTotals.Line("II", CriterionKind.QUALITATIVE, new BigDecimal(second), false),
                new SheetTotals.Line("II", CriterionKind.PENALTY, new BigDecimal(penalty), false)), BigDecimal.ZERO);
    }

    private static Map<String, BigDecimal> groups(String first, String second) {
        Map<String, BigDecimal> g = new LinkedHashMap<>();
        g.put("I", new BigDecimal(first));
        g.put("II", new BigDecimal(second));
        return g;
    }

    /** > 0 when {@code step} puts a ahead of b, 0 when it does not tell them apart. */
    private static int compare(TieBreak step, Ranked a, Ranked b, Map<Long, Integer> votes) {
        return switch (step) {
            case FIRST_GROUP -> a.totals().groups().get("I").compareTo(b.totals().groups().get("I"));
            case FEWER_PENALTY -> b.totals().penalty().compareTo(a.totals().penalty());
            case MEMBER_VOTE -> Integer.compare(votes.getOrDefault(a.unitId(), 0), votes.getOrDefault(b.unitId(), 0));
            case LOT -> 0;
        };
    }

    private static List<Long> ids(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::unitId).toList();
    }
}
