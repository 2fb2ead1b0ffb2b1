package vn.thidua.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.thidua.common.testing.Cases;
import vn.thidua.scheme.CriterionKind;

/** {@link SheetTotals} over 2 000 random sheets each (fixed seeds; a failure prints its seed). */
class SheetTotalsPropertyTest {

    private static final List<String> GROUPS = List.of("I", "II", "III");

    record Sheet(List<SheetTotals.Line> lines, BigDecimal bonusCap, BigDecimal penaltyCap, BigDecimal floor) {
    }

    @Test
    void bonusAndPenaltyStayWithinTheirCapsAndTheTotalIsTheSumOfItsPartsUnlessTheFloorStopsThePenalty() {
        Cases.run(31_000, random -> {
            Sheet sheet = sheet(random);
            SheetTotals t = SheetTotals.of(GROUPS, sheet.lines(), sheet.floor());
            assertTrue(t.bonus().compareTo(sheet.bonusCap()) <= 0, "bonus " + t.bonus() + " above its cap " + sheet.bonusCap());
            assertTrue(t.penalty().compareTo(sheet.penaltyCap()) <= 0, "penalty " + t.penalty() + " above its cap " + sheet.penaltyCap());
            BigDecimal groups = t.groups().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, groups.compareTo(t.counted()), "groups " + t.groups() + " do not add up to " + t.counted());
            BigDecimal parts = t.counted().add(t.bonus()).subtract(t.penalty());
            BigDecimal before = t.counted().add(t.bonus());
            if (parts.compareTo(sheet.floor()) >= 0) {
                assertEquals(0, t.total().compareTo(parts), "total " + t.total() + " is not the sum of its parts " + parts);
            } else {
                // the penalty stops at the floor; a total already below it keeps its points
                assertEquals(0, t.total().compareTo(before.min(sheet.floor())), "total " + t.total() + " with floor " + sheet.floor()
                        + ", before the penalty " + before);
            }
        });
    }

    @Test
    void penaltiesNeverTakeTheTotalBelowTheFloorNorRaiseIt() {
        Cases.run(32_000, random -> {
            Sheet sheet = sheet(random);
            SheetTotals t = SheetTotals.of(GROUPS, sheet.lines(), sheet.floor());
            BigDecimal before = t.counted().add(t.bonus());
            assertTrue(t.total().compareTo(before.min(sheet.floor())) >= 0, "penalties took " + t.total() + " below the floor "
                    + sheet.floor());
            assertTrue(t.total().compareTo(before) <= 0, "a penalty raised the total to " + t.total() + " from " + before);
            List<SheetTotals.Line> without = sheet.lines().stream().filter(l -> l.kind() != CriterionKind.PENALTY).toList();
            assertTrue(SheetTotals.of(GROUPS, without, sheet.floor()).total().compareTo(t.total()) >= 0, "a penalty added points");
        });
    }

    private static Sheet sheet(Random random) {
        List<SheetTotals.Line> lines = new ArrayList<>();
        BigDecimal bonusCap = BigDecimal.ZERO;
        BigDecimal penaltyCap = BigDecimal.ZERO;
        for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
            String group = GROUPS.get(random.nextInt(GROUPS.size()));
            BigDecimal max = Cases.cents(random, 30);
            BigDecimal points = Cases.cents(random, 30).min(max);
            CriterionKind kind = CriterionKind.values()[random.nextInt(CriterionKind.values().length)];
            if (kind == CriterionKind.BONUS) {
                bonusCap = bonusCap.add(max);
            } else if (kind == CriterionKind.PENALTY) {
                penaltyCap = penaltyCap.add(max);
            }
            lines.add(new SheetTotals.Line(group, kind, kind == CriterionKind.DISQUALIFIER ? BigDecimal.ZERO : points,
                    kind == CriterionKind.DISQUALIFIER && random.nextBoolean()));
        }
        return new Sheet(lines, bonusCap, penaltyCap, random.nextInt(3) == 0 ? BigDecimal.ZERO : Cases.cents(random, 60));
    }
}
