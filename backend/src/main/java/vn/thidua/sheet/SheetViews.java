package vn.thidua.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.common.web.Permissions;
import vn.thidua.scheme.Scheme;
import vn.thidua.scheme.SchemeCriterion;
import vn.thidua.scheme.SchemeGroup;

/** Builds a sheet's representation for one viewer, leaving out what the viewer may not see yet. */
@ApplicationScoped
class SheetViews {

    @Inject
    ScoringRepository repository;

    SheetData of(SheetViewer v) {
        ScoreSheet s = v.sheet();
        ScoringRound round = s.round;
        Scheme scheme = round.scheme;
        Map<Long, ScoreEntry> entries = s.entries.stream().collect(Collectors.toMap(e -> e.criterion.id, Function.identity()));
        Map<Long, Integer> evidence = repository.evidenceCounts(s.entries.stream().map(e -> e.id).toList());
        List<ScoreReview> shownReviews = v.seesAllReviews() ? s.reviews : v.ownReview().map(List::of).orElse(List.of());
        List<SheetData.Group> groups = new ArrayList<>();
        for (SchemeGroup g : scheme.groups) {
            List<SheetData.Cell> cells = new ArrayList<>();
            for (SchemeCriterion c : g.criteria) {
                ScoreEntry e = entries.get(c.id);
                boolean self = v.seesSelf() && e != null;
                List<SheetData.ReviewCell> reviews = shownReviews.stream().flatMap(r -> r.entries.stream()
                        .filter(re -> re.criterion.id.equals(c.id))
                        .map(re -> new SheetData.ReviewCell(r.id, r.reviewerUnit.id, round.unitName(r.reviewerUnit),
                                re.value, re.points, re.reason, deviates(round, e, re.points)))).toList();
                boolean deviates = v.seesDeviations() && s.reviews.stream().flatMap(r -> r.entries.stream())
                        .anyMatch(re -> re.criterion.id.equals(c.id) && deviates(round, e, re.points));
                cells.add(new SheetData.Cell(c.id, c.code, c.title, c.guidance, c.kind, c.maxPoints, c.step, c.evidenceRequired,
                        c.target, c.unitOfMeasure, c.pointsEach, self ? e.selfValue : null, self ? e.selfPoints : null,
                        self ? e.selfComment : null, self ? evidence.getOrDefault(e.id, 0) : 0, reviews, deviates,
                        v.seesFinal() && e != null ? e.finalPoints : null));
            }
            groups.add(new SheetData.Group(g.code, g.title, g.maxPoints, cells));
        }
        SheetTotals selfTotals = v.seesSelf() ? SheetCalculation.selfTotals(scheme, entries) : null;
        SheetTotals finalTotals = v.seesFinal() && s.finalTotal != null ? SheetCalculation.finalTotals(scheme, s, entries) : null;
        List<SheetData.Reviewer> reviewers = v.board() || v.manager() || v.owner() ? s.reviews.stream().map(r -> reviewer(r, round)).toList()
                : v.ownReview().map(r -> List.of(reviewer(r, round))).orElse(List.of());
        List<String> missing = v.owner() || v.board() ? SheetCalculation.missing(scheme, entries, evidence) : List.of();
        return new SheetData(s.id, round.id, round.term.id, round.term.year, round.term.bloc.name, s.unit.id, round.unitName(s.unit),
                s.status, s.statusReason, s.late, s.submittedAt, round.selfDeadline, round.status, scheme.id, scheme.title,
                scheme.totalPoints, groups, selfTotals == null ? null : SheetData.Totals.of(selfTotals),
                finalTotals == null ? null : SheetData.Totals.of(finalTotals), reviewers,
                v.ownReview().map(r -> r.id).orElse(null),
                s.explanations.stream().map(x -> new SheetData.Explanation(x.position, x.request, x.requestedBy, x.requestedAt,
                        x.answer, x.answeredBy, x.answeredAt)).toList(),
                missing, s.version, permissions(v, missing));
    }

    private static List<String> permissions(SheetViewer v, List<String> missing) {
        ScoreSheet s = v.sheet();
        boolean open = v.party().writesYear();
        boolean actsFor = open && v.party().actsFor(s.unit.id);
        boolean manages = v.party().managesOpenYear();
        boolean closed = s.round.reviewClosed();
        SheetStatus st = s.status;
        boolean reviewing = s.round.status == RoundStatus.REVIEWING;
        boolean reviewOpen = open && reviewing && v.ownReview().filter(r -> r.status == ReviewStatus.ASSIGNED).isPresent()
                && SheetService.UNDER_REVIEW.contains(st);
        return Permissions.builder()
                .allow("SELF_SCORE", actsFor && st == SheetStatus.DRAFT)
                .allow("UPLOAD_EVIDENCE", actsFor && st == SheetStatus.DRAFT)
                .allow("SUBMIT", actsFor && st == SheetStatus.DRAFT && missing.isEmpty())
                .allow("RETURN", manages && st == SheetStatus.SELF_SUBMITTED)
                .allow("REQUEST_EXPLANATION", manages && (st == SheetStatus.IN_REVIEW || st == SheetStatus.EXPLAINED))
                .allow("EXPLAIN", actsFor && st == SheetStatus.EXPLANATION_REQUESTED)
                .allow("CONSOLIDATE", manages && closed && (st == SheetStatus.IN_REVIEW || st == SheetStatus.EXPLAINED))
                .allow("REOPEN", manages && st == SheetStatus.CONSOLIDATED)
                .allow("FINALIZE", manages && st == SheetStatus.CONSOLIDATED)
                .allow("REVIEW", reviewOpen)
                .allow("SUBMIT_REVIEW", reviewOpen)
                .list();
    }

    static boolean deviates(ScoringRound round, ScoreEntry self, BigDecimal reviewed) {
        if (self == null || self.selfPoints == null || reviewed == null) {
            return false;
        }
        return self.selfPoints.subtract(reviewed).abs().compareTo(round.deviationThreshold) > 0;
    }

    static SheetData.Reviewer reviewer(ScoreReview r, ScoringRound round) {
        return new SheetData.Reviewer(r.id, r.reviewerUnit.id, round.unitName(r.reviewerUnit), r.status, r.submittedAt);
    }

}
