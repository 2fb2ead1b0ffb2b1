package vn.thidua.vote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import vn.thidua.term.ThresholdBase;

/**
 * The arithmetic of a round, pure and reproducible: votes per candidate from the ballots, who reaches the
 * threshold (a percentage of valid ballots, members present or all members; strictly above it, or at
 * least it when inclusive), who is elected (most votes first; a tie that would split a seat — or, for
 * ordered seats such as leader then deputy, any tie among those elected — leaves the seats it touches
 * unfilled), the candidates of the runoff (the top two per unfilled seat, and any tied with the last of
 * them), and the lot (most votes first, ties drawn from a stored seed).
 */
public final class VoteTally {

    /** At most this many valid ballots make an electorate small enough that a single vote is recognisable. */
    public static final int SMALL_ELECTORATE = 15;

    private VoteTally() {
    }

    /** The rule a candidate's votes are measured against. */
    public record Threshold(BigDecimal percent, boolean inclusive, ThresholdBase base) {

        /** The number the percentage is of, for a round with these counts. */
        public int baseValue(int validBallots, int present, int members) {
            return switch (base) {
                case VALID_BALLOTS -> validBallots;
                case PRESENT_MEMBERS -> present;
                case ALL_MEMBERS -> members;
            };
        }

        public boolean reached(int votes, int baseValue) {
            int cmp = BigDecimal.valueOf(votes).multiply(BigDecimal.valueOf(100))
                    .compareTo(percent.multiply(BigDecimal.valueOf(baseValue)));
            return inclusive ? cmp >= 0 : cmp > 0;
        }
    }

    /** A candidate's count: its place on the ballot, its votes, whether it reached the threshold, the seat it won (null: none). */
    public record Count(long unitId, int position, int votes, boolean reached, Integer electedRank, boolean byLot) {
    }

    /** A round's result: the counts in ballot order, the seats left unfilled, and who stands in the next round. */
    public record Result(List<Count> counts, int unfilledSeats, List<Long> nextRoundCandidates) {

        public List<Long> elected() {
            return counts.stream().filter(c -> c.electedRank() != null).sorted(Comparator.comparingInt(Count::electedRank))
                    .map(Count::unitId).toList();
        }

        public boolean complete() {
            return unfilledSeats == 0;
        }
    }

    /** Votes per candidate (in {@code candidates}' order) from valid ballots, each a set of marked candidates. */
    public static Map<Long, Integer> votes(List<Long> candidates, Collection<? extends Collection<Long>> ballots) {
        Map<Long, Integer> votes = new LinkedHashMap<>();
        candidates.forEach(c -> votes.put(c, 0));
        for (Collection<Long> ballot : ballots) {
            for (Long choice : new HashSet<>(ballot)) {
                votes.computeIfPresent(choice, (k, v) -> v + 1);
            }
        }
        return votes;
    }

    /**
     * Elects up to {@code seats} of the candidates (in ballot order, with their votes).
     *
     * @param ordered whether the seats are distinct (leader, then deputy): a tie among the elected is then unresolved too
     */
    public static Result elect(Map<Long, Integer> votes, int seats, Threshold threshold, int baseValue, boolean ordered) {
        List<Long> order = new ArrayList<>(votes.keySet());
        List<Long> byVotes = new ArrayList<>(order);
        byVotes.sort(Comparator.comparing((Long c) -> -votes.get(c)).thenComparingInt(order::indexOf));
        Map<Long, Integer> rank = new LinkedHashMap<>();
        int i = 0;
        while (i < byVotes.size() && rank.size() < seats) {
            int v = votes.get(byVotes.get(i));
            if (!threshold.reached(v, baseValue)) {
                break;
            }
            int j = i;
            while (j < byVotes.size() && votes.get(byVotes.get(j)) == v) {
                j++;
            }
            int group = j - i;
            if (rank.size() + group > seats || (ordered && group > 1)) {
                break; // the tie splits a seat (or decides which of two ordered seats): left to the next round
            }
            for (int k = i; k < j; k++) {
                rank.put(byVotes.get(k), rank.size() + 1);
            }
            i = j;
        }
        int unfilled = seats - rank.size();
        List<Long> next = unfilled == 0 ? List.of() : runoff(byVotes.stream().filter(c -> !rank.containsKey(c)).toList(), votes, unfilled);
        List<Count> counts = new ArrayList<>();
        for (int p = 0; p < order.size(); p++) {
            long c = order.get(p);
            counts.add(new Count(c, p + 1, votes.get(c), threshold.reached(votes.get(c), baseValue), rank.get(c), false));
        }
        return new Result(List.copyOf(counts), unfilled, next);
    }

    /** The runoff's candidates: of those not elected (most votes first), the top two per unfilled seat and any tied with the last. */
    static List<Long> runoff(List<Long> notElectedByVotes, Map<Long, Integer> votes, int unfilled) {
        int cut = Math.min(notElectedByVotes.size(), 2 * unfilled);
        if (cut == 0) {
            return List.of();
        }
        int last = votes.get(notElectedByVotes.get(cut - 1));
        List<Long> out = new ArrayList<>(notElectedByVotes.subList(0, cut));
        for (int k = cut; k < notElectedByVotes.size() && votes.get(notElectedByVotes.get(k)) == last; k++) {
            out.add(notElectedByVotes.get(k));
        }
        return List.copyOf(out);
    }

    /**
     * The lot (bốc thăm) after a re-vote without result: the unfilled seats go to the candidates not yet
     * elected, most votes first, ties in an order drawn from {@code seed} (the same seed, the same draw).
     */
    public static Result lot(Result revote, long seed) {
        List<Count> open = revote.counts().stream().filter(c -> c.electedRank() == null).toList();
        List<Count> drawn = draw(open, seed);
        drawn.sort(Comparator.comparingInt((Count c) -> -c.votes())); // stable: the draw orders equal votes
        int already = revote.counts().size() - open.size();
        Map<Long, Integer> won = new LinkedHashMap<>();
        for (int k = 0; k < Math.min(revote.unfilledSeats(), drawn.size()); k++) {
            won.put(drawn.get(k).unitId(), already + k + 1);
        }
        List<Count> counts = revote.counts().stream().map(c -> won.containsKey(c.unitId())
                ? new Count(c.unitId(), c.position(), c.votes(), c.reached(), won.get(c.unitId()), true) : c).toList();
        return new Result(counts, revote.unfilledSeats() - won.size(), List.of());
    }

    /** A seeded shuffle of the candidates, sorted by id first so the same set draws the same way whatever its order. */
    static List<Count> draw(List<Count> set, long seed) {
        List<Count> sorted = new ArrayList<>(set);
        sorted.sort(Comparator.comparingLong(Count::unitId));
        long mixed = seed;
        for (Count c : sorted) {
            mixed = mixed * 31 + c.unitId();
        }
        SplittableRandom random = new SplittableRandom(mixed);
        for (int i = sorted.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Count t = sorted.get(i);
            sorted.set(i, sorted.get(j));
            sorted.set(j, t);
        }
        return sorted;
    }

    /**
     * What publishing the result would reveal of single units' votes: a candidate chosen on every valid
     * ballot (unanimity), a candidate with exactly one vote in a small electorate, every ballot identical.
     * {@code ballots} may be null when only counts are known (paper ballots).
     */
    public static Set<DisclosureWarning> disclosure(Map<Long, Integer> votes, int validBallots,
            Collection<? extends Collection<Long>> ballots) {
        Set<DisclosureWarning> out = EnumSet.noneOf(DisclosureWarning.class);
        if (validBallots == 0) {
            return out;
        }
        if (votes.values().stream().anyMatch(v -> v == validBallots)) {
            out.add(DisclosureWarning.UNANIMOUS);
        }
        if (validBallots <= SMALL_ELECTORATE && votes.values().stream().anyMatch(v -> v == 1)) {
            out.add(DisclosureWarning.SINGLE_VOTE);
        }
        if (ballots != null && ballots.size() > 1 && ballots.stream().map(HashSet::new).distinct().count() == 1) {
            out.add(DisclosureWarning.IDENTICAL_BALLOTS);
        }
        return out;
    }
}
