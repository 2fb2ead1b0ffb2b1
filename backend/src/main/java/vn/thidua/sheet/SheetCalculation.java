package vn.thidua.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.thidua.scheme.CriterionKind;
import vn.thidua.scheme.Scheme;
import vn.thidua.scheme.SchemeCriterion;
import vn.thidua.scheme.SchemeGroup;

/**
 * A sheet's arithmetic over its scheme: totals of the self-scores or of the finals (what the sheet, its
 * workbook and the ranking show), and what is missing before submission.
 */
public final class SheetCalculation {

    private SheetCalculation() {
    }

    static SheetTotals selfTotals(Scheme scheme, Map<Long, ScoreEntry> entries) {
        List<SheetTotals.Line> lines = new ArrayList<>();
        for (SchemeGroup g : scheme.groups) {
            for (SchemeCriterion c : g.criteria) {
                ScoreEntry e = entries.get(c.id);
                lines.add(new SheetTotals.Line(g.code, c.kind, e == null ? null : e.selfPoints,
                        e != null && CriterionRule.of(c).disqualifies(e.selfValue)));
            }
        }
        return SheetTotals.of(codes(scheme), lines, scheme.scoreFloor);
    }

    /**
     * The final totals of a consolidated sheet from its entries (by criterion id); a disqualifier's verdict is
     * the sheet's own, consolidated from its reviewers' values.
     */
    public static SheetTotals finalTotals(Scheme scheme, ScoreSheet sheet, Map<Long, ScoreEntry> entries) {
        List<SheetTotals.Line> lines = new ArrayList<>();
        for (SchemeGroup g : scheme.groups) {
            for (SchemeCriterion c : g.criteria) {
                ScoreEntry e = entries.get(c.id);
                lines.add(new SheetTotals.Line(g.code, c.kind, e == null ? null : e.finalPoints,
                        c.kind == CriterionKind.DISQUALIFIER && sheet.disqualified));
            }
        }
        return SheetTotals.of(codes(scheme), lines, scheme.scoreFloor);
    }

    private static List<String> codes(Scheme scheme) {
        return scheme.groups.stream().map(g -> g.code).toList();
    }

    /** The codes of the criteria without a value, or whose evidence is required and missing. */
    static List<String> missing(Scheme scheme, Map<Long, ScoreEntry> entries, Map<Long, Integer> evidence) {
        List<String> missing = new ArrayList<>();
        for (SchemeGroup g : scheme.groups) {
            for (SchemeCriterion c : g.criteria) {
                ScoreEntry e = entries.get(c.id);
                if (e == null || e.selfValue == null || (c.evidenceRequired && evidence.getOrDefault(e.id, 0) == 0)) {
                    missing.add(c.code);
                }
            }
        }
        return missing;
    }
}
