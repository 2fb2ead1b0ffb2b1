package vn.thidua.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditLog;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.observability.Traced;
import vn.thidua.common.state.Transitions;
import vn.thidua.common.web.IfMatch;
import vn.thidua.common.web.Versioned;
import vn.thidua.scheme.SchemeCriterion;

/**
 * A reviewer's scores of one sheet (chấm chéo): entered while the round is reviewing, a reason wherever
 * the points differ from the self-score, submitted once every criterion is scored.
 */
@ApplicationScoped
@Traced
public class ReviewService {

    @Inject
    ScoringRepository repository;

    @Inject
    SheetService sheets;

    @Inject
    ScoreHistory history;

    @Inject
    Transitions transitions;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Versioned<SheetData> save(long sheetId, long reviewId, IfMatch ifMatch, SelfScoreInput input) {
        ScoreReview r = openReview(sheetId, reviewId, ifMatch);
        ScoreSheet s = r.sheet;
        Map<Long, SchemeCriterion> criteria = SheetService.criteriaOf(s);
        Map<Long, ScoreEntry> self = SheetService.entriesOf(s);
        Map<Long, ScoreReviewEntry> mine = r.entries.stream().collect(Collectors.toMap(e -> e.criterion.id, Function.identity()));
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.cells().size(); i++) {
            SelfScoreInput.Cell cell = input.cells().get(i);
            String field = "cells[" + i + "]";
            SchemeCriterion c = SheetService.criterionOf(criteria, cell.criterionId(), seen, field);
            ScoreReviewEntry e = mine.get(c.id);
            before.put(c.code, e == null ? "—" : e.value.stripTrailingZeros().toPlainString());
            if (cell.value() == null) {
                if (e != null) {
                    history.changed(s, c.id, ScoreChange.Stage.REVIEW, r.id, ScoreChange.Field.VALUE, e.value, null);
                    r.entries.remove(e);
                }
                after.put(c.code, "—");
                continue;
            }
            CriterionRule rule = CriterionRule.of(c);
            BigDecimal value = cell.value().setScale(2, RoundingMode.UNNECESSARY); // as stored
            rule.check(value, field + ".value");
            BigDecimal points = rule.points(value);
            String reason = cell.comment() == null || cell.comment().isBlank() ? null : cell.comment().strip();
            ScoreEntry own = self.get(c.id);
            if (reason == null && own != null && own.selfPoints != null && own.selfPoints.compareTo(points) != 0) {
                throw DomainException.rule("SHEET_REVIEW_REASON_REQUIRED", Text.of(
                        "Tiêu chí {0}: điểm chấm ({1}) khác điểm tự chấm ({2}) nên cần ghi lý do.",
                        "Criterion {0}: the points ({1}) differ from the self-score ({2}), so a reason is required.")
                        .with(c.code, points.stripTrailingZeros().toPlainString(), own.selfPoints.stripTrailingZeros().toPlainString()),
                        field + ".comment");
            }
            if (e == null) {
                e = new ScoreReviewEntry();
                e.review = r;
                e.criterion = c;
                r.entries.add(e);
                mine.put(c.id, e);
            }
            history.changed(s, c.id, ScoreChange.Stage.REVIEW, r.id, ScoreChange.Field.VALUE, e.value, value);
            history.changed(s, c.id, ScoreChange.Stage.REVIEW, r.id, ScoreChange.Field.REASON, e.reason, reason);
            e.value = value;
            e.points = points;
            e.reason = reason;
            after.put(c.code, value.stripTrailingZeros().toPlainString());
        }
        r.updatedAt = clock.instant();
        sheets.touch(s);
        // the audit records that the reviewer changed its scores of these criteria, as the history does
        audit.updated(r, before, after, null);
        return sheets.versioned(sheets.load(s.id));
    }

    @Transactional
    public Versioned<SheetData> submit(long sheetId, long reviewId, IfMatch ifMatch) {
        ScoreReview r = openReview(sheetId, reviewId, ifMatch);
        Set<Long> scored = r.entries.stream().map(e -> e.criterion.id).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        SheetService.criteriaOf(r.sheet).values().stream().filter(c -> !scored.contains(c.id)).forEach(c -> missing.add(c.code));
        if (!missing.isEmpty()) {
            throw DomainException.rule("SHEET_REVIEW_INCOMPLETE", Text.of(
                    "Chưa nộp được: còn {0} tiêu chí chưa chấm: {1}.", "Not submitted: {0} criteria are not scored yet: {1}.")
                    .with(missing.size(), String.join(", ", missing)), "missing");
        }
        r.submittedAt = clock.instant();
        transitions.move(ScoringLifecycles.REVIEW, r, ReviewStatus.SUBMITTED, null);
        sheets.touch(r.sheet);
        return sheets.versioned(sheets.load(r.sheet.id));
    }

    /** The caller's review, open for scores: the round reviewing, the sheet under review, the review not submitted. */
    private ScoreReview openReview(long sheetId, long reviewId, IfMatch ifMatch) {
        SheetViewer v = sheets.load(sheetId);
        ScoreReview r = v.sheet().reviews.stream().filter(x -> x.id.equals(reviewId)).findFirst().orElseThrow(ReviewService::notFound);
        if (!v.board() && v.ownReview().filter(own -> own.id.equals(reviewId)).isEmpty()) {
            throw notFound();
        }
        sheets.loadForWrite(v.sheet().id, ifMatch, viewer -> viewer.party().requireActFor(r.reviewerUnit.id));
        if (r.sheet.round.status != RoundStatus.REVIEWING || !SheetService.UNDER_REVIEW.contains(r.sheet.status)) {
            throw DomainException.conflict("SHEET_REVIEW_NOT_OPEN", Text.of(
                    "Chưa hoặc không còn chấm chéo bảng này (đợt chấm: “{0}”, bảng: “{1}”).",
                    "This sheet is not open for review (round “{0}”, sheet “{1}”).").with(r.sheet.round.status, r.sheet.status));
        }
        if (r.status != ReviewStatus.ASSIGNED) {
            throw DomainException.conflict("SHEET_REVIEW_SUBMITTED", Text.of(
                    "Đơn vị đã nộp điểm chấm bảng này; không sửa được nữa.", "These review scores were submitted; they no longer change."));
        }
        return r;
    }

    static DomainException notFound() {
        return DomainException.notFound("SHEET_REVIEW_NOT_FOUND", Text.of("Không tìm thấy phần chấm chéo.", "Review not found."));
    }
}
