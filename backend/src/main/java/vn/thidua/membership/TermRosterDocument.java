package vn.thidua.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.thidua.common.document.RenderedFile;
import vn.thidua.common.persistence.ReadOnly;

import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.document.PdfDocuments;
import vn.thidua.common.document.SpreadsheetTable;
import vn.thidua.common.document.SpreadsheetTable.Cell;
import vn.thidua.common.document.Spreadsheets;
import vn.thidua.province.ProvinceRef;
import vn.thidua.province.Provinces;
import vn.thidua.term.Term;
import vn.thidua.term.TermService;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;

/**
 * The members of a term as a printable list (Danh sách thành viên) in the layout of NĐ 30/2020:
 * issued by the bloc under the province's People's Committee as named in the term's year, signed
 * for the bloc by its leader unit. Anyone who may read the term's members may download it.
 */
@ApplicationScoped
public class TermRosterDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    TermService terms;

    @Inject
    MembershipRepository memberships;

    @Inject
    UnitRepository units;

    @Inject
    Provinces provinces;

    @Inject
    PdfDocuments pdf;

    @Inject
    Spreadsheets spreadsheets;

    @Inject
    Clock clock;

    /** A named PDF, ready to send as an attachment. */

    @ReadOnly
    public RenderedFile pdf(Long termId) {
        return render(termId, "pdf", (term, members) -> pdf.render(document(term, members)));
    }

    /** The same list as a spreadsheet: one row per membership, dates as dates, for sorting and filtering in Excel. */
    @ReadOnly
    public RenderedFile xlsx(Long termId) {
        return render(termId, "xlsx", (term, members) -> spreadsheets.render(table(term, members)));
    }

    private RenderedFile render(Long termId, String extension, BiFunction<Term, List<Membership>, byte[]> renderer) {
        Term term = terms.find(termId);
        List<Membership> members = memberships.ofTerm(termId, null, false).rows().list();
        units.fetchNames(members.stream().map(m -> m.unit).toList());
        return new RenderedFile("Danh sách thành viên " + term.bloc.name + " năm " + term.year + "." + extension,
                renderer.apply(term, members));
    }

    SpreadsheetTable table(Term term, List<Membership> members) {
        ProvinceRef province = provinces.ref(term.bloc.provinceId, term.firstDay());
        List<List<Cell>> rows = new ArrayList<>();
        for (Membership m : members) {
            rows.add(List.of(Cell.number(rows.size() + 1), Cell.text(m.unit.code),
                    Cell.text(UnitRef.of(m.unit, m.joinedOn).name()), Cell.text(m.role.label().vi()),
                    Cell.date(m.joinedOn), Cell.date(m.leftOn), Cell.text(m.leftReason)));
        }
        return new SpreadsheetTable("Thành viên " + term.year,
                List.of("DANH SÁCH THÀNH VIÊN " + term.bloc.name.toUpperCase(Locale.forLanguageTag("vi")) + " NĂM "
                        + term.year, "UBND " + province.displayName()),
                List.of(new SpreadsheetTable.Column("STT", 6, SpreadsheetTable.Format.INTEGER, false),
                        SpreadsheetTable.Column.text("Mã đơn vị", 14), SpreadsheetTable.Column.text("Đơn vị", 60),
                        SpreadsheetTable.Column.text("Vai trò", 18),
                        new SpreadsheetTable.Column("Ngày tham gia", 14, SpreadsheetTable.Format.DATE, false),
                        new SpreadsheetTable.Column("Ngày rời khối", 14, SpreadsheetTable.Format.DATE, false),
                        SpreadsheetTable.Column.text("Lý do rời khối", 30)),
                rows, null);
    }

    OfficialDocument document(Term term, List<Membership> members) {
        ProvinceRef province = provinces.ref(term.bloc.provinceId, term.firstDay());
        String bloc = term.bloc.name;
        List<List<String>> rows = new ArrayList<>();
        Membership leader = null;
        for (Membership m : members) {
            if (m.role == MembershipRole.LEADER && m.leftOn == null) {
                leader = m;
            }
            rows.add(List.of(String.valueOf(rows.size() + 1), UnitRef.of(m.unit, m.joinedOn).name(), m.role.label().vi(),
                    DAY.format(m.joinedOn), m.leftOn == null ? "" : DAY.format(m.leftOn)));
        }
        String opening = term.decision == null
                ? "Danh sách các đơn vị thành viên " + bloc + " năm " + term.year + " như sau:"
                : "Căn cứ văn bản số " + term.decision.number + " ngày " + DAY.format(term.decision.date) + " của "
                        + term.decision.issuer + (term.decision.title == null ? "" : " (" + term.decision.title + ")")
                        + ", danh sách các đơn vị thành viên " + bloc + " năm " + term.year + " như sau:";
        String kind = term.bloc.kind.label().vi().toUpperCase(Locale.forLanguageTag("vi"));
        return new OfficialDocument(
                "UBND " + province.displayName(),
                bloc,
                "Số:        /DS-" + (term.bloc.kind == vn.thidua.bloc.BlocKind.CUM ? "CTĐ" : "KTĐ"),
                province.name(),
                LocalDate.now(clock),
                "Danh sách",
                "Thành viên " + bloc + " năm " + term.year,
                List.of(opening, "Tổng số: " + members.stream().filter(m -> m.leftOn == null).count() + " đơn vị."),
                new OfficialDocument.Table(List.of(column("STT", 6), column("Đơn vị", 0),
                        column("Vai trò", 17), column("Ngày tham gia", 15), column("Ngày rời khối", 15)), rows),
                List.of(new OfficialDocument.Signature("TM. " + kind,
                        term.bloc.kind == vn.thidua.bloc.BlocKind.CUM ? "Trưởng cụm" : "Trưởng khối",
                        leader == null ? "" : UnitRef.of(leader.unit, leader.joinedOn).name())),
                List.of("Ban Thi đua - Khen thưởng tỉnh", "Các đơn vị thành viên", "Lưu: VT"));
    }

    private static OfficialDocument.Column column(String header, int width) {
        return new OfficialDocument.Column(header, width);
    }
}
