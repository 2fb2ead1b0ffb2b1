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
                if (cell instanceof Cell.RowSum sum && (sum.fromColumn() < 0 || sum.toColumn() >= columns.size()
                        || sum.fromColumn() > sum.toColumn())) {
                    throw new IllegalArgumentException("row sum outside the table: " + sum);
                }
            }
        }
    }

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
