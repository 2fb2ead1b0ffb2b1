package vn.thidua.common.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.common.document.SpreadsheetTable.Cell;
import vn.thidua.common.document.SpreadsheetTable.Column;
import vn.thidua.common.document.SpreadsheetTable.Format;

/**
 * Writes {@link SpreadsheetTable}s as XLSX with Apache POI: Times New Roman, Vietnamese number and date
 * formats (dd/mm/yyyy), bordered header frozen under the titles with an autofilter, totals as SUM
 * formulas, and a print setup (A4 landscape, one page wide, header row repeated on every page).
 */
@ApplicationScoped
public class Spreadsheets {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FONT = "Times New Roman";

    public byte[] render(SpreadsheetTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(workbook, table).write();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final XSSFWorkbook workbook;
        private final SpreadsheetTable table;
        private final Sheet sheet;
        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle totalLabel;
        private final Map<Format, CellStyle> body = new EnumMap<>(Format.class);
        private final Map<Format, CellStyle> totals = new EnumMap<>(Format.class);

        Writer(XSSFWorkbook workbook, SpreadsheetTable table) {
            this.workbook = workbook;
            this.table = table;
            this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName()));
            this.title = style(font(true, 13), false, HorizontalAlignment.CENTER);
            this.header = style(font(true, 12), true, HorizontalAlignment.CENTER);
            header.setWrapText(true);
            this.totalLabel = style(font(true, 12), true, HorizontalAlignment.LEFT);
            CreationHelper helper = workbook.getCreationHelper();
            for (Format format : Format.values()) {
                CellStyle plain = style(font(false, 12), true, format == Format.TEXT ? HorizontalAlignment.LEFT
                        : HorizontalAlignment.RIGHT);
                plain.setVerticalAlignment(VerticalAlignment.TOP);
                plain.setWrapText(format == Format.TEXT);
                CellStyle bold = style(font(true, 12), true, HorizontalAlignment.RIGHT);
                String pattern = switch (format) {
                    case INTEGER -> "#,##0";
                    case DECIMAL -> "#,##0.00";
                    case DATE -> "dd/mm/yyyy";
                    case TEXT -> null;
                };
                if (pattern != null) {
                    plain.setDataFormat(helper.createDataFormat().getFormat(pattern));
                    bold.setDataFormat(helper.createDataFormat().getFormat(pattern));
                }
                body.put(format, plain);
                totals.put(format, bold);
            }
        }

        void write() {
            List<Column> columns = table.columns();
            int rowIndex = 0;
            for (String line : table.titleLines()) {
                Row row = sheet.createRow(rowIndex);
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(0);
                cell.setCellValue(line);
                cell.setCellStyle(title);
                if (columns.size() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns.size() - 1));
                }
                rowIndex++;
            }
            if (!table.titleLines().isEmpty()) {
                rowIndex++;
            }
            int headerRow = rowIndex;
            Row head = sheet.createRow(rowIndex++);
            for (int c = 0; c < columns.size(); c++) {
                org.apache.poi.ss.usermodel.Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(255, Math.max(4, columns.get(c).width())) * 256);
            }
            int firstData = rowIndex;
            for (List<Cell> cells : table.rows()) {
                Row row = sheet.createRow(rowIndex);
                for (int c = 0; c < cells.size(); c++) {
                    write(row.createCell(c), cells.get(c), rowIndex, firstData, body.get(columns.get(c).format()));
                }
                rowIndex++;
            }
            int lastData = rowIndex - 1;
            if (columns.stream().anyMatch(Column::totalled)) {
                Row row = sheet.createRow(rowIndex);
                for (int c = 0; c < columns.size(); c++) {
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                    if (columns.get(c).totalled()) {
                        cell.setCellStyle(totals.get(columns.get(c).format()));
                        if (lastData >= firstData) {
                            String letter = CellReference.convertNumToColString(c);
                            cell.setCellFormula("SUM(" + letter + (firstData + 1) + ":" + letter + (lastData + 1) + ")");
                        } else {
                            cell.setCellValue(0);
                        }
                    } else {
                        cell.setCellStyle(totalLabel);
                        if (c == 0 && table.totalsLabel() != null) {
                            cell.setCellValue(table.totalsLabel());
                        }
                    }
                }
            }
            sheet.createFreezePane(0, headerRow + 1);
            if (lastData >= firstData) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, lastData, 0, columns.size() - 1));
            }
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            workbook.setForceFormulaRecalculation(true);
        }

        private void write(org.apache.poi.ss.usermodel.Cell cell, Cell value, int rowIndex, int firstData, CellStyle style) {
            cell.setCellStyle(style);
            if (value instanceof Cell.Text text) {
                cell.setCellValue(text.value());
            } else if (value instanceof Cell.Number number) {
                cell.setCellValue(number.value().doubleValue());
            } else if (value instanceof Cell.Date date) {
                cell.setCellValue(date.value());
            } else if (value instanceof Cell.Formula formula) {
                java.util.regex.Matcher refs = SpreadsheetTable.REFERENCE.matcher(formula.expression());
                StringBuilder a1 = new StringBuilder();
                while (refs.find()) {
                    int row = refs.group(2) == null ? rowIndex : firstData + Integer.parseInt(refs.group(2));
                    refs.appendReplacement(a1, CellReference.convertNumToColString(Integer.parseInt(refs.group(1))) + (row + 1));
                }
                refs.appendTail(a1);
                cell.setCellFormula(a1.toString());
            } else if (value instanceof Cell.RowSum sum) {
                cell.setCellFormula("SUM(" + CellReference.convertNumToColString(sum.fromColumn()) + (rowIndex + 1)
                        + ":" + CellReference.convertNumToColString(sum.toColumn()) + (rowIndex + 1) + ")");
            } else {
                cell.setBlank();
            }
        }

        private Font font(boolean bold, int points) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private CellStyle style(Font font, boolean bordered, HorizontalAlignment alignment) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            if (bordered) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
