package vn.thidua.scheme;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;

/**
 * One step of a scheme's tie-break chain (thứ tự xét khi bằng điểm), applied in order to units with
 * equal totals: more points in the scheme's first group, fewer penalty points, more votes of the
 * members, then a reproducible draw. The chain always ends with LOT, so a ranking is a total order;
 * names and ids never decide.
 */
public enum TieBreak implements Labelled {
    FIRST_GROUP(Text.of("Điểm nhóm tiêu chí thứ nhất cao hơn", "More points in the first group")),
    FEWER_PENALTY(Text.of("Ít điểm trừ hơn", "Fewer penalty points")),
    MEMBER_VOTE(Text.of("Các thành viên biểu quyết", "A vote of the members")),
    LOT(Text.of("Bốc thăm", "Drawing lots"));

    /** The default chain (DOMAIN.md): first group, then fewer penalties, then a vote, then lots. */
    public static final List<TieBreak> DEFAULT = List.of(FIRST_GROUP, FEWER_PENALTY, MEMBER_VOTE, LOT);

    private final Text label;

    TieBreak(Text label) {
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }

    /** "FIRST_GROUP,FEWER_PENALTY,MEMBER_VOTE,LOT", as stored. */
    public static String format(List<TieBreak> chain) {
        return chain.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static List<TieBreak> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return DEFAULT;
        }
        return Arrays.stream(stored.split(",")).map(String::trim).map(TieBreak::valueOf).toList();
    }

    /** Whether the chain is usable: no step twice, and LOT last (so every tie ends). */
    public static boolean valid(List<TieBreak> chain) {
        return !chain.isEmpty() && chain.get(chain.size() - 1) == LOT && chain.stream().distinct().count() == chain.size();
    }
}
