package vn.thidua.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
import vn.thidua.vote.AwardKind;

/**
 * The dossier's cover memo (tờ trình đề nghị khen thưởng) as a PDF in the layout of NĐ 30/2020, issued by the bloc
 * and signed for it by its leader unit, addressed to the province's Emulation and Commendation Council, listing the
 * proposed units (flag first, then certificates, each by its place) and the enclosed documents (the vote minutes,
 * the ranking, the achievement reports); the same bytes for the same data (dated when submitted, else created).
 * And the items as XLSX. Under the dossier's read access.
 */
@ApplicationScoped
public class AwardDocuments {

    @Inject
    AwardProposalService service;

    @Inject
    PdfDocuments pdf;

    @Inject
    Spreadsheets spreadsheets;

    @Inject
    Provinces provinces;

    @Inject
    UnitRepository units;

    static final Comparator<AwardProposalData.Item> ORDER = Comparator.comparing(AwardProposalData.Item::award)
            .thenComparing(AwardProposalData.Item::rankPosition, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AwardProposalData.Item::id);

    @ReadOnly
    public RenderedFile coverMemo(long id) {
        AwardProposalService.Loaded loaded = service.load(id);
        AwardProposalData d = service.data(loaded);
        AwardProposal p = loaded.proposal();
        Instant at = p.submittedAt != null ? p.submittedAt : p.createdAt;
        LocalDate on = at.atZone(Clocks.VIETNAM).toLocalDate();
        ProvinceRef province = provinces.ref(p.term.bloc.provinceId, on);
        Long leader = loaded.party().leaderUnitId();
        String leaderName = "";
        if (leader != null) {
            Unit unit = units.findById(leader);
            units.fetchNames(List.of(unit));
            leaderName = UnitRef.of(unit, on).name();
        }
        return new RenderedFile("Tờ trình đề nghị khen thưởng " + d.blocName() + " năm " + d.termYear() + ".pdf",
                pdf.render(memo(d, province, p.term.bloc.kind, leaderName, on), at));
    }

    @ReadOnly
    public RenderedFile xlsx(long id) {
        AwardProposalData d = service.data(service.load(id));
        return new RenderedFile("Danh sách đề nghị khen thưởng " + d.blocName() + " năm " + d.termYear() + ".xlsx", spreadsheets.render(table(d)));
    }

    static String title(AwardProposalData d) {
        return "Về việc đề nghị tặng Cờ thi đua và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể thuộc " + d.blocName()
                + " có thành tích xuất sắc năm " + d.termYear();
    }

    static OfficialDocument memo(AwardProposalData d, ProvinceRef province, BlocKind kind, String leaderName, LocalDate on) {
        List<AwardProposalData.Item> items = d.items().stream().sorted(ORDER).toList();
        String council = "Hội đồng Thi đua - Khen thưởng " + province.displayName();
        List<String> opening = new ArrayList<>();
        opening.add("Kính gửi: " + council + ".");
        opening.add("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
        opening.add("Căn cứ Quy chế tổ chức và hoạt động của " + d.blocName() + ";");
        opening.add("Căn cứ kết quả chấm điểm, xếp hạng thi đua năm " + d.termYear() + " và kết quả bình xét, suy tôn của các đơn vị "
                + "thành viên,");
        opening.add(d.blocName() + " đề nghị Chủ tịch Ủy ban nhân dân " + province.displayName() + " xem xét, khen thưởng cho "
                + items.size() + " tập thể có thành tích xuất sắc trong phong trào thi đua năm " + d.termYear() + ", cụ thể như sau:");
        List<List<String>> rows = new ArrayList<>();
        for (AwardProposalData.Item i : items) {
            rows.add(List.of(String.valueOf(rows.size() + 1), i.unit().name(), i.awardLabel(),
                    i.rankPosition() == null ? "" : i.rankPosition() + "/" + i.rankOf(), i.rankTotal() == null ? "" : vi(i.rankTotal()),
                    i.voteId() == null ? "Trưởng khối đề nghị" : "Bình xét, suy tôn"));
        }
        OfficialDocument.Table table = new OfficialDocument.Table(List.of(new OfficialDocument.Column("STT", 7),
                new OfficialDocument.Column("Tên tập thể", 0), new OfficialDocument.Column("Hình thức đề nghị", 24),
                new OfficialDocument.Column("Xếp hạng", 10), new OfficialDocument.Column("Tổng điểm", 10),
                new OfficialDocument.Column("Ghi chú", 14)), rows);
        List<String> enclosed = new ArrayList<>();
        List<Long> votes = items.stream().map(AwardProposalData.Item::voteId).filter(Objects::nonNull).distinct().sorted().toList();
        if (!votes.isEmpty()) {
            enclosed.add("Biên bản họp bình xét, suy tôn khen thưởng của " + d.blocName() + " (biên bản kiểm phiếu số "
                    + String.join(", ", votes.stream().map(String::valueOf).toList()) + ");");
        }
        enclosed.add(d.rankingId() == null ? "Kết quả chấm điểm, xếp hạng thi đua năm " + d.termYear() + ";"
                : "Bảng tổng hợp kết quả chấm điểm, xếp hạng thi đua năm " + d.termYear() + " (đã công bố);");
        enclosed.add("Báo cáo thành tích của " + items.size() + " tập thể được đề nghị khen thưởng.");
        List<String> closing = List.of(d.blocName() + " kính trình " + council + " xem xét, trình Chủ tịch Ủy ban nhân dân "
                + province.displayName() + " quyết định khen thưởng./.");
        String blocShort = kind == BlocKind.CUM ? "CTĐ" : "KTĐ";
        String body = kind == BlocKind.CUM ? "CỤM THI ĐUA" : "KHỐI THI ĐUA";
        return new OfficialDocument("UBND " + province.displayName().toUpperCase(Locale.forLanguageTag("vi")), d.blocName(),
                "Số:        /TTr-" + blocShort, province.name(), on, "TỜ TRÌNH", title(d), opening, table,
                List.of(new OfficialDocument.Signature("TM. " + body, kind == BlocKind.CUM ? "TRƯỞNG CỤM" : "TRƯỞNG KHỐI", leaderName)),
                List.of("Như trên;", "Ban Thi đua - Khen thưởng (Sở Nội vụ);", "Các đơn vị thành viên;", "Lưu: VT."),
                List.of(new OfficialDocument.Section("Hồ sơ kèm theo:", enclosed, null), new OfficialDocument.Section(null, closing, null)));
    }

    static SpreadsheetTable table(AwardProposalData d) {
        List<Column> columns = List.of(new Column("STT", 6, Format.INTEGER, false), Column.text("Tên tập thể", 45),
                Column.text("Hình thức đề nghị", 30), new Column("Xếp hạng", 9, Format.INTEGER, false),
                new Column("Trên tổng số", 9, Format.INTEGER, false), new Column("Tổng điểm", 11, Format.DECIMAL, false),
                Column.text("Kết quả thẩm định", 30), Column.text("Hình thức sau thẩm định", 30), Column.text("Lý do", 40));
        List<List<Cell>> rows = new ArrayList<>();
        for (AwardProposalData.Item i : d.items().stream().sorted(ORDER).toList()) {
            rows.add(List.of(new Cell.Number(BigDecimal.valueOf(rows.size() + 1)), new Cell.Text(i.unit().name()), new Cell.Text(i.awardLabel()),
                    number(i.rankPosition()), number(i.rankOf()), i.rankTotal() == null ? new Cell.Empty() : new Cell.Number(i.rankTotal()),
                    i.outcome() == null ? new Cell.Empty() : new Cell.Text(i.outcome().label().vi()),
                    i.decidedAward() == null ? new Cell.Empty() : new Cell.Text(i.decidedAward() == AwardKind.FLAG
                            ? AwardKind.FLAG.label().vi() : AwardKind.CERTIFICATE.label().vi()),
                    i.outcomeReason() == null ? new Cell.Empty() : new Cell.Text(i.outcomeReason())));
        }
        return new SpreadsheetTable("Đề nghị khen thưởng " + d.termYear(), List.of("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM " + d.termYear(),
                d.blocName(), "Trạng thái hồ sơ: " + d.status().label().vi()), columns, rows, null);
    }

    private static Cell number(Integer value) {
        return value == null ? new Cell.Empty() : new Cell.Number(BigDecimal.valueOf(value));
    }

    /** 97,25 (two decimals, Vietnamese comma). */
    static String vi(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
