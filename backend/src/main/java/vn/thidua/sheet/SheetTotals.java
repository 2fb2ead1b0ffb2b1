package vn.thidua.sheet;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.scheme.CriterionKind;

/**
 * A sheet's totals from its points per criterion: per group the counted criteria (qualitative,
 * quantitative, per occurrence), the bonus added and the penalty taken (each already within its
 * criterion's cap), and the total: counted + bonus − penalty, where the penalty stops at the scheme's floor
 * (it never takes a total below the floor; a total already below it keeps its points). A met disqualifier
 * marks the sheet; it takes no points.
 */
public record SheetTotals(Map<String, BigDecimal> groups, BigDecimal counted, BigDecimal bonus, BigDecimal penalty,
        boolean disqualified, BigDecimal total) {

    /** One criterion's points on the sheet, with its group's code and its kind. */
    public record Line(String groupCode, CriterionKind kind, BigDecimal points, boolean disqualifies) {
    }

    /** {@code groupCodes} in the scheme's order (every group appears, with 0 when it has no counted points). */
    public static SheetTotals of(List<String> groupCodes, List<Line> lines, BigDecimal floor) {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        groupCodes.forEach(code -> groups.put(code, BigDecimal.ZERO.setScale(2)));
        BigDecimal counted = BigDecimal.ZERO.setScale(2);
        BigDecimal bonus = BigDecimal.ZERO.setScale(2);
        BigDecimal penalty = BigDecimal.ZERO.setScale(2);
        boolean disqualified = false;
        for (Line line : lines) {
            BigDecimal p = line.points() == null ? BigDecimal.ZERO : line.points();
            switch (line.kind()) {
                case BONUS -> bonus = bonus.add(p);
                case PENALTY -> penalty = penalty.add(p);
                case DISQUALIFIER -> disqualified |= line.disqualifies();
                default -> {
                    counted = counted.add(p);
                    groups.merge(line.groupCode(), p, BigDecimal::add);
                }
            }
        }
        BigDecimal before = counted.add(bonus);
        BigDecimal total = before.subtract(penalty).max(before.min(floor)).setScale(2);
        return new SheetTotals(groups, counted, bonus, penalty, disqualified, total);
    }
}
