package vn.thidua.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.access.ProvinceScope;
import vn.thidua.audit.AuditLog;
import vn.thidua.common.document.RenderedFile;
import vn.thidua.common.document.Spreadsheets;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.persistence.ReadOnly;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.text.SearchText;
import vn.thidua.common.time.Clocks;
import vn.thidua.common.web.ETags;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Versioned;
import vn.thidua.scheme.SchemeCriterion;
import vn.thidua.security.CurrentUser;
import vn.thidua.term.TermAccess;
import vn.thidua.term.TermGuard;

/**
 * One unit's sheet: its self-scores (autosaved cell by cell), submission (late ones flagged, never
 * refused), the managers' return with a reason, the explanation loop, consolidation and the final
 * step. Reads show each caller only what it may see ({@link SheetViewer}).
 */
@ApplicationScoped
@Traced
public class SheetService {

    static final Set<SheetStatus> UNDER_REVIEW = EnumSet.of(SheetStatus.IN_REVIEW, SheetStatus.EXPLANATION_REQUESTED,
            SheetStatus.EXPLAINED);

    @Inject
    ScoringRepository repository;

    @Inject
    TermAccess access;

    @Inject
    ProvinceScope scope;

    @Inject
    SheetViews views;

    @Inject
    ETags etags;

    @Inject
    Transitions transitions;

    @Inject
    AuditLog audit;

    @Inject
    ScoreHistory history;

    @Inject
    Consolidation consolidation;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    Spreadsheets spreadsheets;

    // ── reads ───────────────────────────────────────────────────────────────────────────────

    @ReadOnly
    public Versioned<SheetData> get(long id) {
        return versioned(loadForRead(id, "xem bảng chấm điểm / read the sheet"));
    }

    /** One unit's sheet as an XLSX: what the caller may see of it, subtotals and the total as live formulas. */
    @ReadOnly
    public RenderedFile xlsx(long id) {
        SheetViewer viewer = loadForRead(id, "tải bảng chấm điểm (Excel) / downloaded the sheet as XLSX");
        SheetData d = views.of(viewer);
        List<SheetWorkbook.Group> groups = d.groups().stream().map(g -> new SheetWorkbook.Group(g.code(), g.title(), g.maxPoints(),
                g.criteria().stream().map(c -> new SheetWorkbook.Criterion(c.code(), c.title(), c.kind(), c.maxPoints(), c.selfPoints(),
                        c.finalPoints(), c.selfComment())).toList())).toList();
        SheetWorkbook.Model model = new SheetWorkbook.Model("BẢNG CHẤM ĐIỂM THI ĐUA NĂM " + d.termYear(), List.of(d.blocName(),
                "Đơn vị: " + d.unitName(), "Thang điểm: " + d.schemeTitle(), "Trạng thái: " + d.status().label().vi()
                        + (d.late() ? " (nộp muộn)" : "")), groups, viewer.sheet().round.scheme.scoreFloor);
        String name = "bang-cham-diem-" + d.termYear() + "-" + SearchText.fold(d.unitName()).replace(' ', '-') + ".xlsx";
        return new RenderedFile(name, SheetWorkbook.render(spreadsheets, model));
    }

    @ReadOnly
    public List<ScoreChangeData> history(long id) {
        SheetViewer v = load(id);
        ScoreSheet s = v.sheet();
        Map<Long, String> codes = s.round.scheme.groups.stream().flatMap(g -> g.criteria.stream())
                .collect(Collectors.toMap(c -> c.id, c -> c.code));
        Map<Long, ScoreReview> reviews = s.reviews.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        return repository.history(id).stream().filter(c -> switch (c.stage) {
            case SELF -> v.seesSelf();
            case REVIEW -> v.seesAllReviews() || v.ownReview().filter(r -> r.id.equals(c.reviewId)).isPresent();
            case FINAL -> v.seesFinal();
        }).map(c -> new ScoreChangeData(c.criterionId, codes.get(c.criterionId), c.stage, c.reviewId,
                c.reviewId == null || !reviews.containsKey(c.reviewId) ? null : s.round.unitName(reviews.get(c.reviewId).reviewerUnit),
                c.field, c.oldValue, c.newValue, c.changedBy, c.changedAt)).toList();
    }

    /** A sheet read for what it shows: the Board's and the managers' reads of another unit's scores leave a READ event. */
    private SheetViewer loadForRead(long id, String what) {
        SheetViewer viewer = load(id);
        if (viewer.audited()) {
            audit.read(viewer.sheet(), (viewer.board() ? "Ban Thi đua - Khen thưởng " : "Trưởng khối, Phó trưởng khối ") + what);
        }
        return viewer;
    }

    SheetViewer load(long id) {
        ScoreSheet s = repository.sheet(id).filter(found -> scope.sees(found.round.term.bloc.provinceId))
                .orElseThrow(SheetService::notFound);
        SheetViewer viewer = SheetViewer.of(access.of(s.round.term), s);
        if (!viewer.sees()) {
            throw notFound();
        }
        return viewer;
    }

    /** Loads, authorises, checks If-Match against the caller's view and locks the sheet for the write. */
    SheetViewer loadForWrite(long id, IfMatch ifMatch, Consumer<SheetViewer> authorise) {
        SheetViewer viewer = load(id);
        authorise.accept(viewer);
        TermGuard.requireOpen(viewer.party().term());
        repository.em().lock(viewer.sheet(), LockModeType.PESSIMISTIC_WRITE);
        if (ifMatch != null) { // null: an upload under the sheet, which names no version
            ifMatch.require(etags.of(views.of(viewer).shared()));
        }
        return viewer;
    }

    // ── self-scores ─────────────────────────────────────────────────────────────────────────

    @Transactional
    public Versioned<SheetData> saveSelf(long id, IfMatch ifMatch, SelfScoreInput input) {
        SheetViewer v = loadForWrite(id, ifMatch, SheetService::requireActsForUnit);
        ScoreSheet s = v.sheet();
        if (s.status != SheetStatus.DRAFT) {
            throw DomainException.conflict("SHEET_NOT_DRAFT", Text.of(
                    "Bảng chấm điểm đang ở bước “{0}”; chỉ sửa điểm tự chấm khi bảng còn là dự thảo (đã nộp thì cần được trả lại).",
                    "The sheet is “{0}”; self-scores change only while it is a draft (a submitted one must be returned first).")
                    .with(s.status));
        }
        Map<Long, SchemeCriterion> criteria = criteriaOf(s);
        Map<Long, ScoreEntry> entries = s.entries.stream().collect(Collectors.toMap(e -> e.criterion.id, Function.identity()));
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.cells().size(); i++) {
            SelfScoreInput.Cell cell = input.cells().get(i);
            SchemeCriterion c = criterionOf(criteria, cell.criterionId(), seen, "cells[" + i + "]");
            CriterionRule rule = CriterionRule.of(c);
            BigDecimal value = cell.value() == null ? null : cell.value().setScale(2, RoundingMode.UNNECESSARY); // as stored
            if (value != null) {
                rule.check(value, "cells[" + i + "].value");
            }
            ScoreEntry e = entries.computeIfAbsent(c.id, k -> repository.newEntry(s, c));
            String comment = cell.comment() == null || cell.comment().isBlank() ? null : cell.comment().strip();
            before.put(c.code, cellText(e.selfValue, e.selfComment));
            history.changed(s, c.id, ScoreChange.Stage.SELF, null, ScoreChange.Field.VALUE, e.selfValue, value);
            history.changed(s, c.id, ScoreChange.Stage.SELF, null, ScoreChange.Field.COMMENT, e.selfComment, comment);
            e.selfValue = value;
            e.selfPoints = value == null ? null : rule.points(value);
            e.selfComment = comment;
            after.put(c.code, cellText(e.selfValue, e.selfComment));
        }
        s.selfTotal = SheetCalculation.selfTotals(s.round.scheme, entries).total();
        touch(s);
        audit.updated(s, before, after, null);
        return versioned(v);
    }

    // ── steps ───────────────────────────────────────────────────────────────────────────────

    @Transactional
    public Versioned<SheetData> changeStatus(long id, IfMatch ifMatch, SheetStatusChange change) {
        // submitting and explaining are the unit's (or the Board's); every other step is the managers'
        SheetViewer v = loadForWrite(id, ifMatch, change.status() == SheetStatus.SELF_SUBMITTED || change.status() == SheetStatus.EXPLAINED
                ? SheetService::requireActsForUnit : viewer -> viewer.party().requireManage());
        ScoreSheet s = v.sheet();
        String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
        switch (change.status()) {
            case SELF_SUBMITTED -> submit(v);
            case DRAFT -> {
                move(s, SheetStatus.DRAFT, reason);
                s.submittedAt = null;
                s.late = false;
            }
            case EXPLANATION_REQUESTED -> {
                ScoringLifecycles.SHEET.check(s, s.status, SheetStatus.EXPLANATION_REQUESTED, reason);
                SheetExplanation x = new SheetExplanation();
                x.sheet = s;
                x.position = s.explanations.size() + 1;
                x.request = reason;
                x.requestedBy = user.username();
                x.requestedAt = clock.instant();
                s.explanations.add(x);
                move(s, SheetStatus.EXPLANATION_REQUESTED, reason);
            }
            case EXPLAINED -> {
                ScoringLifecycles.SHEET.check(s, s.status, SheetStatus.EXPLAINED, reason);
                SheetExplanation x = s.explanations.get(s.explanations.size() - 1);
                x.answer = reason;
                x.answeredBy = user.username();
                x.answeredAt = clock.instant();
                move(s, SheetStatus.EXPLAINED, reason);
            }
            case CONSOLIDATED -> {
                ScoringLifecycles.SHEET.check(s, s.status, SheetStatus.CONSOLIDATED, reason);
                consolidation.apply(s);
                move(s, SheetStatus.CONSOLIDATED, reason);
            }
            case IN_REVIEW -> {
                if (s.status == SheetStatus.SELF_SUBMITTED) {
                    throw DomainException.conflict("SHEET_REVIEW_STARTS_WITH_ROUND", Text.of(
                            "Bảng vào chấm chéo khi đợt chấm chuyển sang chấm chéo và bảng đã có đơn vị chấm.",
                            "A sheet goes into review when the round starts reviewing and the sheet has reviewers."));
                }
                move(s, SheetStatus.IN_REVIEW, reason);
                consolidation.clear(s);
            }
            case FINAL -> {
                move(s, SheetStatus.FINAL, reason);
            }
        }
        return versioned(v);
    }

    private void submit(SheetViewer v) {
        ScoreSheet s = v.sheet();
        ScoringLifecycles.SHEET.check(s, s.status, SheetStatus.SELF_SUBMITTED, null);
        List<String> missing = SheetCalculation.missing(s.round.scheme, entriesOf(s),
                repository.evidenceCounts(s.entries.stream().map(e -> e.id).toList()));
        if (!missing.isEmpty()) {
            throw DomainException.rule("SHEET_INCOMPLETE", Text.of(
                    "Chưa nộp được: còn {0} tiêu chí chưa chấm điểm hoặc thiếu minh chứng bắt buộc: {1}.",
                    "Not submitted: {0} criteria still lack a score or required evidence: {1}.")
                    .with(missing.size(), String.join(", ", missing)), "missing");
        }
        s.submittedAt = clock.instant();
        s.late = LocalDate.ofInstant(s.submittedAt, Clocks.VIETNAM).isAfter(s.round.selfDeadline);
        move(s, SheetStatus.SELF_SUBMITTED, s.late ? "Nộp sau hạn / submitted late" : null);
        if (s.round.status == RoundStatus.REVIEWING && !s.reviews.isEmpty()) {
            move(s, SheetStatus.IN_REVIEW, null);
        }
    }

    /** The unit's own officer, or the Board. */
    static void requireActsForUnit(SheetViewer v) {
        v.party().requireActFor(v.sheet().unit.id);
    }

    void move(ScoreSheet s, SheetStatus to, String reason) {
        if (to != SheetStatus.FINAL && to != SheetStatus.CONSOLIDATED) {
            s.statusReason = reason;
        }
        transitions.move(ScoringLifecycles.SHEET, s, to, reason);
    }

    // ── helpers ─────────────────────────────────────────────────────────────────────────────

    static Map<Long, SchemeCriterion> criteriaOf(ScoreSheet s) {
        return s.round.scheme.groups.stream().flatMap(g -> g.criteria.stream())
                .collect(Collectors.toMap(c -> c.id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    static Map<Long, ScoreEntry> entriesOf(ScoreSheet s) {
        return s.entries.stream().collect(Collectors.toMap(e -> e.criterion.id, Function.identity()));
    }

    /** The cell's criterion of the sheet's scheme, named once per request. */
    static SchemeCriterion criterionOf(Map<Long, SchemeCriterion> criteria, Long id, Set<Long> seen, String field) {
        SchemeCriterion c = criteria.get(id);
        if (c == null) {
            throw DomainException.rule("SHEET_CRITERION_UNKNOWN", Text.of(
                    "Tiêu chí mã {0} không thuộc thang điểm của bảng chấm này.",
                    "Criterion {0} is not in this sheet's scheme.").with(id), field + ".criterionId");
        }
        if (!seen.add(id)) {
            throw DomainException.rule("SHEET_CELL_TWICE", Text.of(
                    "Tiêu chí {0} được gửi hai lần trong một lần lưu.", "Criterion {0} is sent twice in one save.").with(c.code),
                    field + ".criterionId");
        }
        return c;
    }

    /** Bumps the sheet's version: its ETag and every other tab's If-Match see the change. */
    void touch(ScoreSheet s) {
        s.updatedAt = clock.instant(); // dirty: the flush increments @Version
        repository.em().flush();
    }

    private static String cellText(BigDecimal value, String comment) {
        return (value == null ? "—" : value.stripTrailingZeros().toPlainString()) + (comment == null ? "" : " (" + comment + ")");
    }

    Versioned<SheetData> versioned(SheetViewer v) {
        SheetData data = views.of(v);
        return etags.versioned(data, data.shared());
    }

    static DomainException notFound() {
        return DomainException.notFound("SHEET_NOT_FOUND", Text.of("Không tìm thấy bảng chấm điểm.", "Scoring sheet not found."));
    }
}
