package vn.thidua.sheet;

import java.util.Optional;

import vn.thidua.term.TermParty;

/**
 * What one caller sees of one sheet. Nothing leaks before its time: the scored unit sees its reviewers'
 * scores only once the review phase closes; a reviewer sees the self-scores and its own review only;
 * the term's managers (leader and deputy units) see the submitted self-scores and which criteria deviate
 * while reviewing, and every score once the review closes (they consolidate); another member sees the
 * sheet's status only; the Board sees everything, and its reads — as the managers' reads of other
 * units' sheets — are audited.
 */
record SheetViewer(TermParty party, ScoreSheet sheet, Optional<ScoreReview> ownReview) {

    static SheetViewer of(TermParty party, ScoreSheet sheet) {
        Long unit = party.caller().unitId();
        Optional<ScoreReview> own = unit == null ? Optional.empty()
                : sheet.reviews.stream().filter(r -> r.reviewerUnit.id.equals(unit)).findFirst();
        return new SheetViewer(party, sheet, own);
    }

    boolean board() {
        return party.isBoard();
    }

    boolean owner() {
        return party.ownMemberUnit().filter(u -> u.equals(sheet.unit.id)).isPresent();
    }

    boolean manager() {
        return party.manages() && !board();
    }

    boolean reviewer() {
        return ownReview.isPresent();
    }

    boolean submitted() {
        return sheet.status != SheetStatus.DRAFT;
    }

    /** May the caller read the sheet at all (404 otherwise, as for a missing one). */
    boolean sees() {
        return board() || owner() || manager() || reviewer();
    }

    boolean seesSelf() {
        return board() || owner() || ((manager() || reviewer()) && submitted());
    }

    boolean seesAllReviews() {
        return board() || ((owner() || manager()) && sheet.round.reviewClosed());
    }

    boolean seesDeviations() {
        return board() || manager() || (owner() && sheet.round.reviewClosed());
    }

    boolean seesFinal() {
        return board() || owner() || manager();
    }

    /** A read that must leave a trace: someone other than the unit and its reviewer reads its scores. */
    boolean audited() {
        return !owner() && (board() || (manager() && !reviewer()));
    }
}
