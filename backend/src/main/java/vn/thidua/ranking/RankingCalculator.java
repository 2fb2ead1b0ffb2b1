package vn.thidua.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

import vn.thidua.scheme.TieBreak;
import vn.thidua.sheet.SheetTotals;

/**
 * Ranks a round's units (pure, no database): total descending (compared at two decimals); units with equal
 * totals go through the scheme's tie-break chain in order, each step splitting the tied set it receives:
 * FIRST_GROUP (more points in the scheme's first group), FEWER_PENALTY, MEMBER_VOTE (more recorded votes)
 * and LOT (a draw reproducible from the ranking's stored seed). A unit's {@code decidedBy} is the step that
 * set it apart (null when its total alone did). When the chain reaches MEMBER_VOTE for a set whose votes
 * are not all recorded, the set goes on to the next steps (a provisional order) and its rows are marked
 * {@code needsVote}: the ranking is computed but cannot be confirmed. Disqualified units are ranked by their
 * totals like the others and marked. Names and ids never decide: the unit ids only fix the order of the
 * draw's input, the draw decides.
 */
public final class RankingCalculator {

    private RankingCalculator() {
    }

    /** One unit's final totals. */
    public record Entry(long unitId, SheetTotals totals) {
    }

    /**
     * One ranked row. {@code voteReached}: the unit's tied set reached MEMBER_VOTE (the units whose votes
     * may be recorded); {@code needsVote}: and not every vote of that set is recorded yet.
     */
    public record Ranked(long unitId, SheetTotals totals, int position, TieBreak decidedBy, boolean voteReached,
            boolean needsVote) {

        public boolean disqualified() {
            return totals.disqualified();
        }
    }

    /** The rows in a total order with positions 1..n. */
    public static List<Ranked> rank(List<Entry> entries, List<TieBreak> chain, String firstGroupCode, Map<Long, Integer> votes,
            long seed) {
        if (!TieBreak.valid(chain)) {
            throw new IllegalArgumentException("a tie-break chain ends with LOT and repeats no step: " + chain);
        }
        TreeMap<BigDecimal, List<Entry>> byTotal = new TreeMap<>(Comparator.reverseOrder());
        for (Entry e : entries) {
            byTotal.computeIfAbsent(key(e.totals().total()), k -> new ArrayList<>()).add(e);
        }
        List<Working> ordered = new ArrayList<>();
        for (List<Entry> tied : byTotal.values()) {
            List<Working> set = tied.stream().map(Working::new).toList();
            ordered.addAll(set.size() == 1 ? set : resolve(set, chain, 0, firstGroupCode, votes, seed));
        }
        List<Ranked> ranked = new ArrayList<>(ordered.size());
        for (Working w : ordered) {
            ranked.add(new Ranked(w.entry.unitId(), w.entry.totals(), ranked.size() + 1, w.decidedBy, w.voteReached, w.needsVote));
        }
        return ranked;
    }

    private static final class Working {
        final Entry entry;
        TieBreak decidedBy;
        boolean voteReached;
        boolean needsVote;

        Working(Entry entry) {
            this.entry = entry;
        }
    }

    /** Orders a tied set (two or more) from step {@code at} of the chain on. */
    private static List<Working> resolve(List<Working> set, List<TieBreak> chain, int at, String firstGroupCode,
            Map<Long, Integer> votes, long seed) {
        TieBreak step = chain.get(at);
        if (step == TieBreak.LOT) {
            List<Working> drawn = draw(set, seed);
            drawn.forEach(w -> w.decidedBy = TieBreak.LOT);
            return drawn;
        }
        Function<Working, BigDecimal> better; // larger is better
        switch (step) {
            case FIRST_GROUP -> better = w -> key(w.entry.totals().groups().getOrDefault(firstGroupCode == null ? "" : firstGroupCode,
                    BigDecimal.ZERO));
            case FEWER_PENALTY -> better = w -> key(w.entry.totals().penalty()).negate();
            case MEMBER_VOTE -> {
                set.forEach(w -> w.voteReached = true);
                if (!set.stream().allMatch(w -> votes.containsKey(w.entry.unitId()))) {
                    set.forEach(w -> w.needsVote = true);
                    return resolve(set, chain, at + 1, firstGroupCode, votes, seed);
                }
                better = w -> BigDecimal.valueOf(votes.get(w.entry.unitId()));
            }
            default -> throw new IllegalStateException(step.name());
        }
        TreeMap<BigDecimal, List<Working>> split = new TreeMap<>(Comparator.reverseOrder());
        set.forEach(w -> split.computeIfAbsent(better.apply(w), k -> new ArrayList<>()).add(w));
        List<Working> out = new ArrayList<>(set.size());
        for (List<Working> part : split.values()) {
            if (part.size() == 1) {
                part.get(0).decidedBy = step;
                out.add(part.get(0));
            } else {
                out.addAll(resolve(part, chain, at + 1, firstGroupCode, votes, seed));
            }
        }
        return out;
    }

    /**
     * The draw: the tied units sorted by id (only as the input order, so the same set draws the same way
     * whatever order the rows came in), shuffled by a generator seeded from the ranking's seed and the set.
     */
    static List<Working> draw(List<Working> set, long seed) {
        List<Working> sorted = new ArrayList<>(set);
        sorted.sort(Comparator.comparingLong(w -> w.entry.unitId()));
        long mixed = seed;
        for (Working w : sorted) {
            mixed = mixed * 31 + w.entry.unitId();
        }
        SplittableRandom random = new SplittableRandom(mixed);
        for (int i = sorted.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Working t = sorted.get(i);
            sorted.set(i, sorted.get(j));
            sorted.set(j, t);
        }
        return sorted;
    }

    private static BigDecimal key(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP);
    }
}
