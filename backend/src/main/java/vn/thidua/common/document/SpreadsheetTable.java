package vn.thidua.common.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A table for Excel and LibreOffice: title lines above a header row, typed cells (text, number, date,
 * or a sum formula over cells of the same row), and per-column totals written as live SUM formulas so
 * a reader can check them. {@link Spreadsheets} writes it as XLSX.
 */
public record SpreadsheetTable(String sheetName, List<String> titleLines, List<Column> columns, List<List<Cell>> rows,
        String totalsLabel) {

    public SpreadsheetTable {
        Objects.requireNonNull(sheetName, "sheetName");
        titleLines = List.copyOf(titleLines);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells under " + columns.size() + " columns");
            }
            for (Cell cell : row) {
                if (cell instanceof Cell.Formula formula) {
                    java.util.regex.Matcher refs = REFERENCE.matcher(formula.expression());
                    while (refs.find()) {
                        int column = Integer.parseInt(refs.group(1));
                        if (column >= columns.size() || refs.group(2) != null && Integer.parseInt(refs.group(2)) >= rows.size()) {
                            throw new IllegalArgumentException("formula reference outside the table: " + formula);
                        }
                    }
                }
                if (cell instanceof Cell.RowSum sum && (sum.fromColumn() < 0 || sum.toColumn() >= columns.size()
                        || sum.fromColumn() > sum.toColumn())) {
                    throw new IllegalArgumentException("row sum outside the table: " + sum);
                }
            }
        }
    }

    /** A reference of a {@link Cell.Formula}: {@code {column}} or {@code {column@dataRow}}. */
    static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("\\{(\\d+)(?:@(\\d+))?}");

    public enum Format {
        TEXT, INTEGER,
        /** two decimals, e.g. scores: 97,25 */
        DECIMAL, DATE
    }

    /** A header, a width in characters, the cells' format, and whether a totals row sums it. */
    public record Column(String header, int width, Format format, boolean totalled) {
        public static Column text(String header, int width) {
            return new Column(header, width, Format.TEXT, false);
        }
    }

    public sealed interface Cell {
        record Text(String value) implements Cell {
        }

        record Number(BigDecimal value) implements Cell {
        }

        record Date(LocalDate value) implements Cell {
        }

        /** SUM of this row's cells from {@code fromColumn} to {@code toColumn} (0-based, inclusive). */
        record RowSum(int fromColumn, int toColumn) implements Cell {
        }

        record Empty() implements Cell {
        }

        /**
         * A live formula over cells of the table, written without the leading "=": {@code {c}} names column
         * {@code c} (0-based) of this row, {@code {c@r}} column {@code c} of data row {@code r} (0-based), e.g.
         * {@code MAX(SUM({2}:{4})+{5}-{6},0)} or {@code SUM({4@1}:{4@3})}. Only those references and
         * spreadsheet functions: never user text.
         */
        record Formula(String expression) implements Cell {
        }

        static Cell text(String value) {
            return value == null || value.isEmpty() ? new Empty() : new Text(value);
        }

        static Cell number(long value) {
            return new Number(BigDecimal.valueOf(value));
        }

        static Cell number(BigDecimal value) {
            return value == null ? new Empty() : new Number(value);
        }

        static Cell date(LocalDate value) {
            return value == null ? new Empty() : new Date(value);
        }
    }
}
