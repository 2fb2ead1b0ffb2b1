package vn.thidua.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.thidua.common.document.Spreadsheets;
import vn.thidua.scheme.CriterionKind;

/** One unit's sheet as XLSX: read back with POI, the subtotals and total are formulas that evaluate to SheetTotals' figures. */
class SheetWorkbookTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void subtotalsAndTheTotalAreLiveFormulasThatGiveSheetTotals() throws Exception {
        var model = new SheetWorkbook.Model("BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2023", List.of("Sở Xây dựng"), List.of(
                new SheetWorkbook.Group("I", "Thực hiện nhiệm vụ chính trị", d("60"), List.of(
                        new SheetWorkbook.Criterion("1.1", "Hoàn thành nhiệm vụ", CriterionKind.QUALITATIVE, d("30"), d("30"), d("28.5"), "Đủ minh chứng"),
                        new SheetWorkbook.Criterion("1.2", "Giải ngân", CriterionKind.QUANTITATIVE, d("30"), d("25"), d("24.25"), null))),
                new SheetWorkbook.Group("II", "Cải cách hành chính", d("40"), List.of(
                        new SheetWorkbook.Criterion("2.1", "Chỉ số CCHC", CriterionKind.QUALITATIVE, d("40"), d("35"), null, null))),
                new SheetWorkbook.Group("III", "Điểm thưởng, điểm trừ", d("0"), List.of(
                        new SheetWorkbook.Criterion("3.1", "Sáng kiến", CriterionKind.BONUS, d("5"), d("5"), d("3"), null),
                        new SheetWorkbook.Criterion("3.2", "Chậm báo cáo", CriterionKind.PENALTY, d("5"), d("0"), d("2"), null)))),
                d("0"));
        byte[] bytes = SheetWorkbook.render(new Spreadsheets(), model);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            int header = 3; // two title lines, a blank line
            assertEquals("Điểm chính thức", sheet.getRow(header).getCell(4).getStringCellValue());
            var groupI = sheet.getRow(header + 1).getCell(4);
            assertEquals(CellType.FORMULA, groupI.getCellType());
            assertEquals("SUM(E6,E7)", groupI.getCellFormula());
            assertEquals(52.75, evaluator.evaluate(groupI).getNumberValue(), 0.001);
            int total = sheet.getLastRowNum();
            assertEquals("Tổng điểm", sheet.getRow(total).getCell(1).getStringCellValue());
            // final: 52.75 + 0 (2.1 not final yet) + 3 − 2; self: 55 + 35 + 5 − 0
            assertEquals(53.75, evaluator.evaluate(sheet.getRow(total).getCell(4)).getNumberValue(), 0.001);
            assertEquals(95.0, evaluator.evaluate(sheet.getRow(total).getCell(3)).getNumberValue(), 0.001);
            assertTrue(sheet.getRow(total).getCell(4).getCellFormula().startsWith("MAX("));
            assertEquals("Đủ minh chứng", sheet.getRow(header + 2).getCell(5).getStringCellValue());
        }
    }
}
