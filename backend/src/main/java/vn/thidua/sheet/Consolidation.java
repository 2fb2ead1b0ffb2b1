package vn.thidua.sheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.scheme.CriterionKind;
import vn.thidua.scheme.SchemeCriterion;

/**
 * Consolidation (tổng hợp): each criterion's final points from its reviewers' points by the round's
 * aggregation rule; a disqualifier applies when the combined verdict (1 applies, 0 not) is at least
 * one half. Writes the sheet's final total and the FINAL-stage history.
 */
@ApplicationScoped
class Consolidation {

    private static final BigDecimal HALF = new BigDecimal("0.50");

    @Inject
    ScoreHistory history;

    @Inject
    ScoringRepository repository;

    void apply(ScoreSheet s) {
        apply(s, repository.reviewPoints(List.of(s.id)).getOrDefault(s.id, Map.of()));
    }

    /** Consolidates {@code s} from its submitted reviews' values and points per criterion (read without managing them). */
    void apply(ScoreSheet s, Map<Long, List<ScoringRepository.Given>> given) {
        long submitted = s.reviews.stream().filter(r -> r.status == ReviewStatus.SUBMITTED).count();
        if (submitted == 0 || submitted < s.reviews.size()) {
            throw DomainException.conflict("SHEET_REVIEWS_PENDING", Text.of(
                    "Bảng của {0} chưa đủ điểm chấm chéo: {1}/{2} đơn vị chấm đã nộp.",
                    "The sheet of {0} lacks reviews: {1} of {2} reviewers submitted.")
                    .with(s.round.unitName(s.unit), submitted, s.reviews.size()));
        }
        Aggregation rule = s.round.aggregation;
        Map<Long, ScoreEntry> entries = SheetService.entriesOf(s);
        boolean disqualified = false;
        for (SchemeCriterion c : SheetService.criteriaOf(s).values()) {
            List<ScoringRepository.Given> scores = given.getOrDefault(c.id, List.of());
            BigDecimal points;
            if (c.kind == CriterionKind.DISQUALIFIER) {
                BigDecimal verdict = rule.combine(scores.stream().map(ScoringRepository.Given::value).toList());
                disqualified |= verdict.compareTo(HALF) >= 0;
                points = BigDecimal.ZERO.setScale(2);
            } else {
                points = rule.combine(scores.stream().map(ScoringRepository.Given::points).toList());
            }
            ScoreEntry e = entries.computeIfAbsent(c.id, k -> repository.newEntry(s, c));
            history.changed(s, c.id, ScoreChange.Stage.FINAL, null, ScoreChange.Field.POINTS, e.finalPoints, points);
            e.finalPoints = points;
        }
        s.disqualified = disqualified;
        s.finalTotal = SheetCalculation.finalTotals(s.round.scheme, s, entries).total();
    }

    /** Back to review: the finals go (the history keeps them). */
    void clear(ScoreSheet s) {
        for (ScoreEntry e : s.entries) {
            if (e.finalPoints != null) {
                history.changed(s, e.criterion.id, ScoreChange.Stage.FINAL, null, ScoreChange.Field.POINTS, e.finalPoints, null);
                e.finalPoints = null;
            }
        }
        s.finalTotal = null;
        s.disqualified = false;
    }
}
