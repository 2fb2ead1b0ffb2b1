package vn.thidua.conference;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.bloc.BlocKind;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.document.PdfDocuments;
import vn.thidua.common.document.RenderedFile;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.province.ProvinceRef;
import vn.thidua.province.Provinces;

/**
 * The minutes (biên bản hội nghị) as a PDF in the layout of NĐ 30/2020, written from what was
 * recorded: time and place, chair and secretary, the attending units with their delegates, each
 * agenda item with its outcome; signed by the secretary and the chair. Issued under the province's
 * People's Committee as named on the conference's day. Once HELD; readers outside the bloc see it
 * once the minutes are signed (as {@link ConferenceService#permissions} says, DOWNLOAD_MINUTES).
 * What the sources do not give stays unsaid ("không rõ" for an unnamed delegate), never invented.
 */
@ApplicationScoped
public class ConferenceMinutes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String UNNAMED = "(không rõ)";

    @Inject
    ConferenceService service;

    @Inject
    Provinces provinces;

    @Inject
    PdfDocuments pdf;

    /** A named PDF, ready to send as an attachment. */

    @ReadOnly
    public RenderedFile pdf(long conferenceId) {
        ConferenceService.Loaded loaded = service.load(conferenceId);
        ConferenceData data = service.data(loaded);
        if (!data.permissions().contains("DOWNLOAD_MINUTES")) {
            if (!ConferenceService.WITH_MINUTES.contains(data.status())) {
                throw DomainException.conflict("CONFERENCE_NOT_HELD", Text.of(
                        "Hội nghị đang ở bước “{0}”; biên bản chỉ lập được sau khi hội nghị đã tổ chức.",
                        "The conference is “{0}”; minutes exist only once it was held.").with(data.status()));
            }
            throw ConferenceService.notFound();
        }
        ProvinceRef province = provinces.ref(loaded.conference().term.bloc.provinceId, data.heldOn());
        BlocKind blocKind = loaded.conference().term.bloc.kind;
        return new RenderedFile("Biên bản " + data.title() + " ngày " + DAY.format(data.heldOn()).replace('/', '-') + ".pdf",
                pdf.render(document(data, province, blocKind)));
    }

    static OfficialDocument document(ConferenceData c, ProvinceRef province, BlocKind blocKind) {
        List<String> opening = new ArrayList<>();
        opening.add("Thời gian: " + (c.startTime() == null ? "" : c.startTime().replace(":", " giờ ") + ", ")
                + "ngày " + DAY.format(c.heldOn()) + ".");
        opening.add("Địa điểm: " + c.venue() + ".");
        if (c.hostUnit() != null) {
            opening.add("Đơn vị đăng cai: " + c.hostUnit().name() + ".");
        }
        opening.add("Chủ trì: " + person(c.chairName(), c.chairTitle(), c.chairUnit() == null ? null : c.chairUnit().name()) + ".");
        if (c.secretaryName() != null) {
            opening.add("Thư ký: " + person(c.secretaryName(), c.secretaryTitle(), null) + ".");
        }

        List<String> attendance = new ArrayList<>();
        attendance.add("Đơn vị thành viên có mặt: " + c.attendingUnits() + "/" + c.memberCount() + " đơn vị; đơn vị có đại biểu"
                + " biểu quyết: " + c.votingUnits() + ".");
        if (c.guests() != null) {
            attendance.add("Khách mời: " + c.guests() + ".");
        }
        List<List<String>> rows = new ArrayList<>();
        for (AttendeeData a : c.attendees()) {
            rows.add(List.of(String.valueOf(rows.size() + 1), a.unit().name(),
                    (a.delegateName() == null ? UNNAMED : a.delegateName())
                            + (a.substituteFor() == null ? "" : " (thay mặt " + a.substituteFor() + ")"), a.delegateTitle() == null ? "" : a.delegateTitle(),
                    a.mayVote() ? "Có" : ""));
        }
        OfficialDocument.Table table = new OfficialDocument.Table(List.of(new OfficialDocument.Column("STT", 7),
                new OfficialDocument.Column("Đơn vị", 0), new OfficialDocument.Column("Đại biểu", 22),
                new OfficialDocument.Column("Chức vụ", 18), new OfficialDocument.Column("Biểu quyết", 12)), rows);

        List<String> agenda = new ArrayList<>();
        if (c.agenda().isEmpty()) {
            agenda.add("Chưa ghi nội dung.");
        }
        for (AgendaItemData item : c.agenda()) {
            agenda.add(item.position() + ". " + item.title()
                    + (item.linkedTitle() == null ? "" : " (" + item.linkKind().label().vi() + ": " + item.linkedTitle() + ")"));
            agenda.add("Kết luận: " + (item.outcome() == null ? "chưa ghi." : item.outcome()));
        }

        String blocShort = blocKind == BlocKind.CUM ? "CTĐ" : "KTĐ";
        return new OfficialDocument(
                "UBND " + province.displayName(),
                c.blocName(),
                "Số:        /BB-" + blocShort,
                province.name(),
                c.heldOn(),
                "Biên bản",
                c.title(),
                opening,
                null,
                List.of(new OfficialDocument.Signature(null, "Thư ký", c.secretaryName() == null ? "" : c.secretaryName()),
                        new OfficialDocument.Signature(null, "Chủ trì hội nghị", c.chairName() == null ? "" : c.chairName())),
                List.of(),
                List.of(new OfficialDocument.Section("I. THÀNH PHẦN THAM DỰ", attendance, table),
                        new OfficialDocument.Section("II. NỘI DUNG VÀ KẾT LUẬN", agenda, null)));
    }

    /** "Bà Hoàng Thị Thúy – Giám đốc Sở Xây dựng": the unit added when the title does not already name it. */
    private static String person(String name, String title, String unit) {
        if (name == null) {
            return "chưa ghi";
        }
        String role = title == null ? unit : unit == null || title.toLowerCase(Locale.forLanguageTag("vi"))
                .contains(unit.toLowerCase(Locale.forLanguageTag("vi"))) ? title : title + " " + unit;
        return role == null ? name : name + " – " + role;
    }
}
