package vn.thidua.sheet;

import static vn.thidua.sheet.SheetStatus.CONSOLIDATED;
import static vn.thidua.sheet.SheetStatus.DRAFT;
import static vn.thidua.sheet.SheetStatus.EXPLAINED;
import static vn.thidua.sheet.SheetStatus.EXPLANATION_REQUESTED;
import static vn.thidua.sheet.SheetStatus.FINAL;
import static vn.thidua.sheet.SheetStatus.IN_REVIEW;
import static vn.thidua.sheet.SheetStatus.SELF_SUBMITTED;

import vn.thidua.common.state.Lifecycle;

/** The round's, the sheet's and the review's steps, declared once. Guards that need the database live in the services. */
final class ScoringLifecycles {

    static final Lifecycle<ScoringRound, RoundStatus> ROUND = Lifecycle.<ScoringRound, RoundStatus>of("SCORING_ROUND", RoundStatus.class)
            .step(RoundStatus.SELF_SCORING, RoundStatus.REVIEWING)
            .step(RoundStatus.REVIEWING, RoundStatus.REVIEW_CLOSED)
            .build();

    static final Lifecycle<ScoreSheet, SheetStatus> SHEET = Lifecycle.<ScoreSheet, SheetStatus>of("SHEET", SheetStatus.class)
            .step(DRAFT, SELF_SUBMITTED)
            .stepWithReason(SELF_SUBMITTED, DRAFT)
            .step(SELF_SUBMITTED, IN_REVIEW)
            .stepWithReason(IN_REVIEW, EXPLANATION_REQUESTED)
            .stepWithReason(EXPLANATION_REQUESTED, EXPLAINED)
            .stepWithReason(EXPLAINED, EXPLANATION_REQUESTED)
            .step(IN_REVIEW, CONSOLIDATED)
            .step(EXPLAINED, CONSOLIDATED)
            .stepWithReason(CONSOLIDATED, IN_REVIEW)
            .step(CONSOLIDATED, FINAL)
            .build();

    static final Lifecycle<ScoreReview, ReviewStatus> REVIEW = Lifecycle.<ScoreReview, ReviewStatus>of("SHEET_REVIEW", ReviewStatus.class)
            .step(ReviewStatus.ASSIGNED, ReviewStatus.SUBMITTED)
            .build();

    private ScoringLifecycles() {
    }
}
