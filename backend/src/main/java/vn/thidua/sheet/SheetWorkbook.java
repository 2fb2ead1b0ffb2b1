package vn.thidua.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.thidua.common.document.SpreadsheetTable;
import vn.thidua.common.document.SpreadsheetTable.Cell;
import vn.thidua.common.document.SpreadsheetTable.Column;
import vn.thidua.common.document.SpreadsheetTable.Format;
import vn.thidua.common.document.Spreadsheets;
import vn.thidua.scheme.CriterionKind;

/**
 * One unit's scoring sheet (bảng chấm điểm) as XLSX, from a plain model: per group a subtotal row, then its
 * criteria with their maximum, the unit's own points, the final points and the comment; then the groups'
 * points, the bonus, the penalty and the total — every subtotal and total a live formula over the rows above
 * (the total applies the scheme's floor as {@link SheetTotals} does), so a reader can check them in Excel or
 * LibreOffice. Rendered with {@link Spreadsheets}; for {@code GET /api/v1/sheets/{id}.xlsx}.
 */
public final class SheetWorkbook {

    public record Model(String title, List<String> lines, List<Group> groups, BigDecimal floor) {
        public Model {
            lines = List.copyOf(lines);
            groups = List.copyOf(groups);
        }
    }

    public record Group(String code, String title, BigDecimal maxPoints, List<Criterion> criteria) {
        public Group {
            criteria = List.copyOf(criteria);
        }
    }

    /** Points may be null (not scored yet: an empty cell, counted as 0 by the formulas). */
    public record Criterion(String code, String title, CriterionKind kind, BigDecimal maxPoints, BigDecimal selfPoints,
            BigDecimal finalPoints, String comment) {
    }

    static final int SELF = 3;
    static final int FINAL = 4;

    private SheetWorkbook() {
    }

    public static byte[] render(Spreadsheets spreadsheets, Model model) {
        return spreadsheets.render(table(model));
    }

    public static SpreadsheetTable table(Model model) {
        List<Column> columns = List.of(Column.text("Mã", 8), Column.text("Tiêu chí", 60), new Column("Điểm tối đa", 11, Format.DECIMAL, false),
                new Column("Điểm tự chấm", 11, Format.DECIMAL, false), new Column("Điểm chính thức", 12, Format.DECIMAL, false),
                Column.text("Giải trình, ghi chú", 40));
        List<List<Cell>> rows = new ArrayList<>();
        List<Integer> groupRows = new ArrayList<>();
        List<Integer> bonusRows = new ArrayList<>();
        List<Integer> penaltyRows = new ArrayList<>();
        for (Group g : model.groups()) {
            int groupRow = rows.size();
            List<Cell> head = new ArrayList<>(List.of(new Cell.Text(g.code()), new Cell.Text(g.title()), new Cell.Number(g.maxPoints()),
                    new Cell.Empty(), new Cell.Empty(), new Cell.Empty()));
            rows.add(head);
            List<Integer> counted = new ArrayList<>();
            for (Criterion c : g.criteria()) {
                int at = rows.size();
                if (c.kind().countsTowardsMaxima()) {
                    counted.add(at);
                } else if (c.kind() == CriterionKind.BONUS) {
                    bonusRows.add(at);
                } else if (c.kind() == CriterionKind.PENALTY) {
                    penaltyRows.add(at);
                }
                rows.add(List.of(new Cell.Text(c.code()), new Cell.Text(c.title() + (c.kind().countsTowardsMaxima() ? ""
                        : " (" + c.kind().label().vi() + ")")), new Cell.Number(c.maxPoints()), number(c.selfPoints()),
                        number(c.finalPoints()), c.comment() == null || c.comment().isBlank() ? new Cell.Empty() : new Cell.Text(c.comment())));
            }
            if (!counted.isEmpty()) {
                groupRows.add(groupRow);
                head.set(SELF, new Cell.Formula(sum(SELF, counted)));
                head.set(FINAL, new Cell.Formula(sum(FINAL, counted)));
            }
        }
        int countedRow = rows.size();
        rows.add(List.of(new Cell.Empty(), new Cell.Text("Điểm các nhóm tiêu chí"), new Cell.Empty(), new Cell.Formula(sum(SELF, groupRows)),
                new Cell.Formula(sum(FINAL, groupRows)), new Cell.Empty()));
        int bonusRow = rows.size();
        rows.add(List.of(new Cell.Empty(), new Cell.Text("Điểm thưởng"), new Cell.Empty(), new Cell.Formula(sum(SELF, bonusRows)),
                new Cell.Formula(sum(FINAL, bonusRows)), new Cell.Empty()));
        int penaltyRow = rows.size();
        rows.add(List.of(new Cell.Empty(), new Cell.Text("Điểm trừ"), new Cell.Empty(), new Cell.Formula(sum(SELF, penaltyRows)),
                new Cell.Formula(sum(FINAL, penaltyRows)), new Cell.Empty()));
        rows.add(List.of(new Cell.Empty(), new Cell.Text("Tổng điểm"), new Cell.Empty(),
                new Cell.Formula(total(SELF, countedRow, bonusRow, penaltyRow, model.floor())),
                new Cell.Formula(total(FINAL, countedRow, bonusRow, penaltyRow, model.floor())), new Cell.Empty()));
        return new SpreadsheetTable("Bảng chấm điểm", List.copyOf(concat(model.title(), model.lines())), columns, rows, null);
    }

    private static String sum(int column, List<Integer> rows) {
        return rows.isEmpty() ? "0" : "SUM(" + rows.stream().map(r -> "{" + column + "@" + r + "}").collect(Collectors.joining(",")) + ")";
    }

    /** As {@link SheetTotals}: counted + bonus − penalty, the penalty stopping at the floor. */
    private static String total(int column, int counted, int bonus, int penalty, BigDecimal floor) {
        String before = "{" + column + "@" + counted + "}+{" + column + "@" + bonus + "}";
        return "MAX(" + before + "-{" + column + "@" + penalty + "},MIN(" + before + ","
                + (floor == null ? "0" : floor.stripTrailingZeros().toPlainString()) + "))";
    }

    private static Cell number(BigDecimal value) {
        return value == null ? new Cell.Empty() : new Cell.Number(value);
    }

    private static List<String> concat(String title, List<String> lines) {
        List<String> all = new ArrayList<>();
        all.add(title);
        all.addAll(lines);
        return all;
    }
}
