package vn.thidua.vote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.thidua.bloc.BlocKind;
import vn.thidua.common.document.OfficialDocument;
import vn.thidua.common.document.PdfDocuments;
import vn.thidua.common.document.RenderedFile;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.time.Clocks;
import vn.thidua.conference.Conference;
import vn.thidua.province.ProvinceRef;
import vn.thidua.province.Provinces;
import vn.thidua.term.TermRules;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;
import vn.thidua.unit.UnitRepository;

/**
 * The counting minutes of a round (biên bản kiểm phiếu) and the election minutes of the vote (biên bản
 * bầu cử / biểu quyết) as PDFs in the layout of NĐ 30/2020, written only from what is stored: the
 * attendance fixed at opening, the register, the counts of the tally. The same data gives the same bytes
 * (dated by the tally, identified by a hash of the content), so the counting minutes' SHA-256, published
 * with the result, can be checked by anyone who downloads them.
 */
@ApplicationScoped
public class VoteDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Inject
    VoteService service;

    @Inject
    BallotBox box;

    @Inject
    PdfDocuments pdf;

    @Inject
    Provinces provinces;

    @Inject
    UnitRepository units;

    @Inject
    EntityManager em;

    @ReadOnly
    public RenderedFile countingMinutes(long voteId, Integer roundNumber) {
        VoteService.Loaded loaded = service.load(voteId);
        int number = roundNumber == null ? loaded.vote().currentRound : roundNumber;
        VoteRound round = loaded.rounds().stream().filter(r -> r.number == number).findFirst().orElseThrow(() -> DomainException.notFound(
                "VOTE_ROUND_NOT_FOUND", Text.of("Cuộc bỏ phiếu không có vòng này.", "The vote has no such round.")));
        requireShown(loaded, round);
        return new RenderedFile("Biên bản kiểm phiếu " + loaded.vote().title + " vòng " + round.number + ".pdf", countingMinutes(loaded, round));
    }

    @ReadOnly
    public RenderedFile minutes(long voteId) {
        VoteService.Loaded loaded = service.load(voteId);
        VoteRound current = loaded.current();
        requireShown(loaded, current);
        Vote v = loaded.vote();
        Instant at = current.certifiedAt != null ? current.certifiedAt : current.talliedAt;
        return new RenderedFile("Biên bản " + v.title + ".pdf", pdf.render(election(loaded, names(loaded)), at));
    }

    private static void requireShown(VoteService.Loaded loaded, VoteRound round) {
        if (!VoteService.showsCounts(loaded, round)) {
            if (round.talliedAt == null) {
                throw DomainException.conflict("VOTE_NOT_TALLIED", Text.of(
                        "Vòng {0} chưa kiểm phiếu; biên bản chỉ lập được sau khi kiểm phiếu.",
                        "Round {0} is not tallied; the minutes exist only after the tally.").with(round.number));
            }
            throw VoteService.notFound();
        }
    }

    /** The counting minutes' bytes, dated by the tally (what the published SHA-256 is of). */
    byte[] countingMinutes(VoteService.Loaded loaded, VoteRound round) {
        return pdf.render(counting(loaded, round, names(loaded)), round.talliedAt);
    }

    String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every unit the documents name (candidates and voters), as named at the end of the term's year. */
    private Function<Long, String> names(VoteService.Loaded loaded) {
        LocalDate asOf = loaded.vote().term.lastDay();
        List<Long> ids = new ArrayList<>();
        loaded.vote().candidates.forEach(c -> ids.add(c.unit.id));
        loaded.rounds().forEach(r -> r.candidates.forEach(c -> ids.add(c.unit.id)));
        loaded.rounds().forEach(r -> ids.addAll(box.registered(r.id)));
        List<Unit> found = units.byIds(ids);
        units.fetchNames(found);
        Map<Long, String> byId = found.stream().collect(Collectors.toMap(u -> u.id, u -> UnitRef.of(u, asOf).name()));
        return byId::get;
    }

    private OfficialDocument counting(VoteService.Loaded loaded, VoteRound round, Function<Long, String> name) {
        Vote v = loaded.vote();
        Conference c = v.conference;
        LocalDate on = round.talliedAt.atZone(Clocks.VIETNAM).toLocalDate();
        ProvinceRef province = provinces.ref(v.term.bloc.provinceId, c.heldOn);
        List<String> opening = new ArrayList<>();
        opening.add("Thời gian: ngày " + DAY.format(on) + ". Địa điểm: " + c.venue + ", tại " + c.title + ".");
        opening.add("Nội dung: " + v.title + " – vòng " + round.number + " (" + round.kind.label().vi().toLowerCase(VI) + "), hình thức "
                + v.method.label().vi().toLowerCase(VI) + "; số người được bầu: " + round.seats + ".");
        opening.add("Ngưỡng trúng cử: " + threshold(v.term.rules) + ".");
        List<String> counts = List.of(
                "Tổng số đơn vị thành viên: " + round.members + ".",
                "Số đơn vị có mặt được biểu quyết: " + round.present + ".",
                "Số phiếu phát ra: " + round.ballotsIssued + ".",
                "Số phiếu thu vào: " + round.ballotsReceived + ".",
                "Số phiếu hợp lệ: " + round.ballotsValid + ".",
                "Số phiếu không hợp lệ: " + round.ballotsInvalid + ".");
        int valid = round.ballotsValid == null ? 0 : round.ballotsValid;
        List<List<String>> rows = new ArrayList<>();
        for (VoteRoundCandidate rc : round.candidates) {
            rows.add(List.of(String.valueOf(rc.position), name.apply(rc.unit.id), String.valueOf(rc.votes),
                    valid == 0 ? "" : percent(rc.votes, valid), result(v, rc)));
        }
        OfficialDocument.Table table = new OfficialDocument.Table(List.of(new OfficialDocument.Column("STT", 7),
                new OfficialDocument.Column("Ứng viên", 0), new OfficialDocument.Column("Số phiếu", 12),
                new OfficialDocument.Column("Tỷ lệ (%)", 12), new OfficialDocument.Column("Kết quả", 22)), rows);
        List<String> outcome = new ArrayList<>();
        List<String> elected = round.candidates.stream().filter(rc -> rc.electedRank != null)
                .sorted(java.util.Comparator.comparingInt(rc -> rc.electedRank)).map(rc -> name.apply(rc.unit.id)).toList();
        outcome.add(elected.isEmpty() ? "Chưa có ứng viên trúng cử ở vòng này." : "Trúng cử: " + String.join("; ", elected) + ".");
        int unfilled = round.seats - elected.size();
        if (unfilled > 0) {
            outcome.add("Còn " + unfilled + " người chưa được bầu; bầu lại theo quy chế.");
        }
        if (round.lotSeed != null) {
            outcome.add("Kết quả sau bỏ phiếu lại được quyết định bằng bốc thăm (hạt giống đã lưu: " + round.lotSeed + ").");
        }
        List<OfficialDocument.Signature> signatures = new ArrayList<>();
        if (v.teller1Name != null) {
            signatures.add(new OfficialDocument.Signature(null, "Người kiểm phiếu", v.teller1Name));
            signatures.add(new OfficialDocument.Signature(null, "Người kiểm phiếu", v.teller2Name));
        }
        signatures.add(new OfficialDocument.Signature(null, "Chủ trì hội nghị", c.chairName == null ? "" : c.chairName));
        return new OfficialDocument("UBND " + province.displayName(), v.term.bloc.name, "Số:        /BB-" + blocShort(v),
                province.name(), on, "Biên bản", "Kiểm phiếu " + v.title + " (vòng " + round.number + ")", opening, null, signatures,
                List.of(), List.of(new OfficialDocument.Section("I. SỐ PHIẾU", counts, null),
                        new OfficialDocument.Section("II. KẾT QUẢ KIỂM PHIẾU", List.of(), table),
                        new OfficialDocument.Section("III. KẾT LUẬN", outcome, null)));
    }

    private OfficialDocument election(VoteService.Loaded loaded, Function<Long, String> name) {
        Vote v = loaded.vote();
        Conference c = v.conference;
        VoteRound current = loaded.current();
        Instant at = current.certifiedAt != null ? current.certifiedAt : current.talliedAt;
        LocalDate on = at.atZone(Clocks.VIETNAM).toLocalDate();
        ProvinceRef province = provinces.ref(v.term.bloc.provinceId, c.heldOn);
        List<String> opening = new ArrayList<>();
        opening.add("Hội nghị: " + c.title + ", ngày " + DAY.format(c.heldOn) + ", tại " + c.venue + ".");
        opening.add("Nội dung: " + v.title + "; hình thức " + v.method.label().vi().toLowerCase(VI) + "; số người được bầu: " + v.seats
                + "; ngưỡng trúng cử: " + threshold(v.term.rules) + ".");
        List<OfficialDocument.Section> sections = new ArrayList<>();
        for (VoteRound r : loaded.rounds()) {
            if (r.talliedAt == null) {
                continue;
            }
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add("Thành viên: " + r.members + "; có mặt được biểu quyết: " + r.present + "; phiếu phát ra: " + r.ballotsIssued
                    + "; thu vào: " + r.ballotsReceived + "; hợp lệ: " + r.ballotsValid + "; không hợp lệ: " + r.ballotsInvalid + ".");
            paragraphs.add("Số phiếu: " + r.candidates.stream().map(rc -> name.apply(rc.unit.id) + " " + rc.votes)
                    .collect(Collectors.joining("; ")) + ".");
            List<List<String>> rows = new ArrayList<>();
            for (VoteRegisterEntry e : box.register(r.id)) {
                rows.add(List.of(String.valueOf(rows.size() + 1), name.apply(e.unitId),
                        (e.delegateName == null ? "(không rõ)" : e.delegateName)
                                + (e.substituteFor == null ? "" : " (thay mặt " + e.substituteFor + ")"), e.castByName));
            }
            OfficialDocument.Table register = rows.isEmpty() ? null : new OfficialDocument.Table(List.of(
                    new OfficialDocument.Column("STT", 7), new OfficialDocument.Column("Đơn vị đã bỏ phiếu", 0),
                    new OfficialDocument.Column("Đại biểu", 24), new OfficialDocument.Column("Người bỏ phiếu", 24)), rows);
            sections.add(new OfficialDocument.Section(roman(r.number) + ". VÒNG " + r.number + " – " + r.kind.label().vi().toUpperCase(VI),
                    paragraphs, register));
        }
        List<String> result = new ArrayList<>();
        List<Long> elected = VoteService.elected(loaded.rounds());
        if (elected.isEmpty()) {
            result.add("Chưa có ứng viên trúng cử.");
        }
        for (int i = 0; i < elected.size(); i++) {
            result.add((i + 1) + ". " + name.apply(elected.get(i)) + seat(v, i) + ".");
        }
        result.add(v.status == VoteStatus.CERTIFIED ? "Kết quả đã được công nhận." : "Kết quả chưa được công nhận.");
        sections.add(new OfficialDocument.Section(roman(loaded.rounds().size() + 1) + ". KẾT QUẢ", result, null));
        return new OfficialDocument("UBND " + province.displayName(), v.term.bloc.name, "Số:        /BB-" + blocShort(v),
                province.name(), on, "Biên bản", v.title, opening, null,
                List.of(new OfficialDocument.Signature(null, "Thư ký", c.secretaryName == null ? "" : c.secretaryName),
                        new OfficialDocument.Signature(null, "Chủ trì hội nghị", c.chairName == null ? "" : c.chairName)),
                List.of(), sections);
    }

    private static String seat(Vote v, int index) {
        if (v.kind != VoteKind.LEADER_ELECTION) {
            return "";
        }
        LeadershipSeats seats = v.leadershipSeats == LeadershipSeats.LEADER_AND_DEPUTY
                ? (index == 0 ? LeadershipSeats.LEADER : LeadershipSeats.DEPUTY) : v.leadershipSeats;
        return " – " + seats.label().vi();
    }

    private static String result(Vote v, VoteRoundCandidate rc) {
        if (rc.electedRank == null) {
            return "";
        }
        return "Trúng cử" + (rc.byLot ? " (bốc thăm)" : "");
    }

    static String threshold(TermRules rules) {
        return (rules.winningThresholdInclusive ? "từ " : "trên ") + rules.winningThresholdPercent.stripTrailingZeros().toPlainString()
                + "% " + rules.winningThresholdBase.label().vi().toLowerCase(VI);
    }

    static String percent(int votes, int of) {
        return BigDecimal.valueOf(votes * 100L).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String blocShort(Vote v) {
        return v.term.bloc.kind == BlocKind.CUM ? "CTĐ" : "KTĐ";
    }

    private static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> String.valueOf(n);
        };
    }
}
