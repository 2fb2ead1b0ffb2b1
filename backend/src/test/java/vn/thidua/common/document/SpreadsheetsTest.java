package vn.thidua.common.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.thidua.common.document.SpreadsheetTable.Cell;
import vn.thidua.common.document.SpreadsheetTable.Column;
import vn.thidua.common.document.SpreadsheetTable.Format;

/** XLSX read back with POI: values keep their types, totals are live formulas that evaluate to the sums. */
class SpreadsheetsTest {

    private final Spreadsheets spreadsheets = new Spreadsheets();

    private static SpreadsheetTable scores() {
        return new SpreadsheetTable("Tổng hợp điểm 2026", List.of("BẢNG TỔNG HỢP ĐIỂM", "Khối Kinh tế - Kỹ thuật"),
                List.of(Column.text("Đơn vị", 40), new Column("Nhóm I", 10, Format.DECIMAL, true),
                        new Column("Nhóm II", 10, Format.DECIMAL, true), new Column("Tổng", 10, Format.DECIMAL, true),
                        new Column("Ngày nộp", 12, Format.DATE, false)),
                List.of(List.of(Cell.text("Sở Xây dựng"), Cell.number(new BigDecimal("55.25")),
                        Cell.number(new BigDecimal("40.5")), new Cell.RowSum(1, 2), Cell.date(LocalDate.of(2026, 11, 30))),
                        List.of(Cell.text("Sở Công Thương"), Cell.number(new BigDecimal("50")),
                                Cell.number(BigDecimal.ZERO), new Cell.RowSum(1, 2), Cell.date(null))),
                "Cộng");
    }

    @Test
    void totalsAreFormulasThatAUserCanCheck() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(spreadsheets.render(scores())))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Tổng hợp điểm 2026", sheet.getSheetName());
            assertEquals("BẢNG TỔNG HỢP ĐIỂM", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Khối Kinh tế - Kỹ thuật", sheet.getRow(1).getCell(0).getStringCellValue());
            // row 3 (index 2) is blank; the header is row 4, the data rows 5 and 6, the totals row 7
            assertEquals("Đơn vị", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(4).getCell(1).getCellType());
            assertEquals(55.25, sheet.getRow(4).getCell(1).getNumericCellValue());
            assertEquals("SUM(B5:C5)", sheet.getRow(4).getCell(3).getCellFormula());
            assertEquals("SUM(B5:B6)", sheet.getRow(6).getCell(1).getCellFormula());
            assertEquals("SUM(D5:D6)", sheet.getRow(6).getCell(3).getCellFormula());
            assertEquals("Cộng", sheet.getRow(6).getCell(0).getStringCellValue());
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertEquals(95.75, evaluator.evaluate(sheet.getRow(4).getCell(3)).getNumberValue());
            assertEquals(50.0, evaluator.evaluate(sheet.getRow(5).getCell(3)).getNumberValue(), "zero is a score");
            assertEquals(145.75, evaluator.evaluate(sheet.getRow(6).getCell(3)).getNumberValue());
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(4).getCell(4)));
            assertEquals(LocalDate.of(2026, 11, 30), sheet.getRow(4).getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.BLANK, sheet.getRow(5).getCell(4).getCellType());
            assertEquals("#,##0.00", sheet.getRow(4).getCell(1).getCellStyle().getDataFormatString());
            assertEquals("Times New Roman", book.getFontAt(sheet.getRow(4).getCell(0).getCellStyle().getFontIndex()).getFontName());
            assertEquals(3, sheet.getPaneInformation().getHorizontalSplitPosition() - 1, "frozen under the header");
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals("4:4", sheet.getRepeatingRows().formatAsString(), "the header repeats on every printed page");
        }
    }

    @Test
    void aRowMustFitItsColumnsAndASumMustStayInside() {
        List<Column> two = List.of(Column.text("a", 5), Column.text("b", 5));
        assertThrows(IllegalArgumentException.class,
                () -> new SpreadsheetTable("x", List.of(), two, List.of(List.of(Cell.text("only one"))), null));
        assertThrows(IllegalArgumentException.class, () -> new SpreadsheetTable("x", List.of(), two,
                List.of(List.of(Cell.text("a"), new Cell.RowSum(0, 2))), null));
    }
}
