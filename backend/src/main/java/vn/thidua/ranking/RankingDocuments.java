package vn.thidua.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.bloc.BlocKind;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.document.PdfDocuments;
import vn.thidua.common.document.RenderedFile;
import vn.thidua.common.document.SpreadsheetTable;
import vn.thidua.common.document.SpreadsheetTable.Cell;
import vn.thidua.common.document.SpreadsheetTable.Column;
import vn.thidua.common.document.SpreadsheetTable.Format;
import vn.thidua.common.document.Spreadsheets;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.time.Clocks;
import vn.thidua.province.ProvinceRef;
import vn.thidua.province.Provinces;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;

/**
 * A ranking's summary table (bảng tổng hợp kết quả chấm điểm, xếp hạng) as XLSX — units × groups, bonus,
 * penalty, the total as a live formula that applies the scheme's floor as the sheets do, the place — and as a
 * PDF in the layout of NĐ 30/2020, issued by the bloc and signed for it by its leader unit; the PDF is the
 * same bytes for the same data. Under the same access as the ranking's read.
 */
@ApplicationScoped
public class RankingDocuments {

    @Inject
    RankingService service;

    @Inject
    Spreadsheets spreadsheets;

    @Inject
    PdfDocuments pdf;

    @Inject
    Provinces provinces;

    @Inject
    UnitRepository units;

    static String title(int year) {
        return "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM " + year;
    }

    @ReadOnly
    public RenderedFile xlsx(long id) {
        RankingData r = service.data(service.load(id));
        return new RenderedFile(fileName(r) + ".xlsx", spreadsheets.render(table(r)));
    }

    @ReadOnly
    public RenderedFile pdf(long id) {
        RankingService.Loaded loaded = service.load(id);
        RankingData r = service.data(loaded);
        LocalDate on = day(r);
        ProvinceRef province = provinces.ref(loaded.term().bloc.provinceId, on);
        Long leader = loaded.party().leaderUnitId();
        String leaderName = "";
        if (leader != null) {
            Unit unit = units.findById(leader);
            units.fetchNames(List.of(unit));
            leaderName = UnitRef.of(unit, on).name();
        }
        Instant at = r.publishedAt() != null ? r.publishedAt() : r.confirmedAt() != null ? r.confirmedAt() : r.computedAt();
        return new RenderedFile(fileName(r) + ".pdf", pdf.render(document(r, province, loaded.term().bloc.kind, leaderName, on), at));
    }

    /** The summary's day: published, else confirmed, else computed (Vietnamese civil date). */
    static LocalDate day(RankingData r) {
        Instant at = r.publishedAt() != null ? r.publishedAt() : r.confirmedAt() != null ? r.confirmedAt() : r.computedAt();
        return at.atZone(Clocks.VIETNAM).toLocalDate();
    }

    static String fileName(RankingData r) {
        return "Bảng tổng hợp xếp hạng " + r.blocName() + " năm " + r.termYear();
    }

    /** The table: rank, unit, one column per group, bonus, penalty, total (a formula), last year, notes. */
    static SpreadsheetTable table(RankingData r) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Xếp hạng", 9, Format.INTEGER, false));
        columns.add(Column.text("Đơn vị", 45));
        r.groups().forEach(g -> columns.add(new Column(g.code() + ". " + g.title() + " (tối đa " + plain(g.maxPoints()) + ")", 16,
                Format.DECIMAL, false)));
        int first = 2;
        int bonus = first + r.groups().size();
        int penalty = bonus + 1;
        columns.add(new Column("Điểm thưởng", 11, Format.DECIMAL, false));
        columns.add(new Column("Điểm trừ", 11, Format.DECIMAL, false));
        columns.add(new Column("Tổng điểm", 12, Format.DECIMAL, false));
        columns.add(new Column("Xếp hạng năm trước", 11, Format.INTEGER, false));
        columns.add(new Column("Tổng điểm năm trước", 12, Format.DECIMAL, false));
        columns.add(Column.text("Ghi chú", 30));
        String counted = r.groups().isEmpty() ? "0" : "SUM({" + first + "}:{" + (bonus - 1) + "})";
        String before = counted + "+{" + bonus + "}";
        // SheetTotals: a penalty stops at the floor and never lifts a total already below it
        String total = "MAX(" + before + "-{" + penalty + "},MIN(" + before + "," + plain(r.scoreFloor()) + "))";
        List<List<Cell>> rows = new ArrayList<>();
        for (RankingRowData row : r.rows()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell.Number(BigDecimal.valueOf(row.position())));
            cells.add(new Cell.Text(row.unit().name()));
            for (RankingGroupData g : r.groups()) {
                cells.add(new Cell.Number(row.groups().stream().filter(p -> p.code().equals(g.code())).map(RankingRowData.RankingGroupPoints::points)
                        .findFirst().orElse(BigDecimal.ZERO)));
            }
            cells.add(new Cell.Number(row.bonus()));
            cells.add(new Cell.Number(row.penalty()));
            cells.add(new Cell.Formula(total));
            cells.add(row.lastYearPosition() == null ? new Cell.Empty() : new Cell.Number(BigDecimal.valueOf(row.lastYearPosition())));
            cells.add(row.lastYearTotal() == null ? new Cell.Empty() : new Cell.Number(row.lastYearTotal()));
            String note = note(row);
            cells.add(note.isEmpty() ? new Cell.Empty() : new Cell.Text(note));
            rows.add(cells);
        }
        List<String> titles = new ArrayList<>();
        titles.add(title(r.termYear()));
        titles.add(r.blocName());
        if (r.scoreFloor().signum() > 0) {
            titles.add("Điểm sàn: " + plain(r.scoreFloor()) + " (điểm trừ không làm tổng điểm thấp hơn mức này)");
        }
        return new SpreadsheetTable("Xếp hạng " + r.termYear(), titles, columns, rows, null);
    }

    static OfficialDocument document(RankingData r, ProvinceRef province, BlocKind kind, String leaderName, LocalDate on) {
        List<OfficialDocument.Column> columns = new ArrayList<>();
        columns.add(new OfficialDocument.Column("Xếp hạng", 9));
        columns.add(new OfficialDocument.Column("Đơn vị", 0));
        r.groups().forEach(g -> columns.add(new OfficialDocument.Column("Nhóm " + g.code() + " (" + plain(g.maxPoints()) + ")", 9)));
        columns.add(new OfficialDocument.Column("Điểm thưởng", 8));
        columns.add(new OfficialDocument.Column("Điểm trừ", 8));
        columns.add(new OfficialDocument.Column("Tổng điểm", 9));
        columns.add(new OfficialDocument.Column("Ghi chú", 14));
        List<List<String>> rows = new ArrayList<>();
        for (RankingRowData row : r.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(place(row.position()));
            cells.add(row.unit().name());
            for (RankingGroupData g : r.groups()) {
                cells.add(vi(row.groups().stream().filter(p -> p.code().equals(g.code())).map(RankingRowData.RankingGroupPoints::points)
                        .findFirst().orElse(BigDecimal.ZERO)));
            }
            cells.add(vi(row.bonus()));
            cells.add(vi(row.penalty()));
            cells.add(vi(row.total()));
            cells.add(note(row));
            rows.add(cells);
        }
        List<String> opening = new ArrayList<>();
        opening.add("Căn cứ kết quả chấm điểm thi đua năm " + r.termYear() + " của các đơn vị thành viên " + r.blocName()
                + " theo thang điểm " + plain(r.totalPoints()) + " điểm" + (r.scoreFloor().signum() > 0
                        ? " (điểm sàn " + plain(r.scoreFloor()) + ")" : "") + ", kết quả xếp hạng như sau:");
        String blocShort = kind == BlocKind.CUM ? "CTĐ" : "KTĐ";
        String body = kind == BlocKind.CUM ? "CỤM THI ĐUA" : "KHỐI THI ĐUA";
        return new OfficialDocument("UBND " + province.displayName().toUpperCase(Locale.forLanguageTag("vi")), r.blocName(),
                "Số:        /BTH-" + blocShort, province.name(), on, title(r.termYear()), null, opening,
                new OfficialDocument.Table(columns, rows),
                List.of(new OfficialDocument.Signature("TM. " + body, kind == BlocKind.CUM ? "TRƯỞNG CỤM" : "TRƯỞNG KHỐI", leaderName)),
                List.of("Ban Thi đua - Khen thưởng tỉnh;", "Các đơn vị thành viên;", "Lưu: VT."));
    }

    /** Nhất, Nhì, Ba, then the number. */
    static String place(int position) {
        return switch (position) {
            case 1 -> "Nhất";
            case 2 -> "Nhì";
            case 3 -> "Ba";
            default -> String.valueOf(position);
        };
    }

    private static String note(RankingRowData row) {
        List<String> notes = new ArrayList<>();
        if (row.decidedBy() != null) {
            notes.add("Bằng điểm, xếp theo: " + row.decidedBy().label().vi().toLowerCase(Locale.forLanguageTag("vi")));
        }
        if (row.needsVote()) {
            notes.add("chờ biểu quyết");
        }
        if (row.disqualified()) {
            notes.add("vi phạm tiêu chí loại trừ, không đề nghị khen thưởng");
        }
        return String.join("; ", notes);
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** 97,25 (two decimals, Vietnamese comma). */
    static String vi(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
