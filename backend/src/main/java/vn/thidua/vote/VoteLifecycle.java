package vn.thidua.vote;

import static vn.thidua.vote.VoteStatus.CERTIFIED;
import static vn.thidua.vote.VoteStatus.CLOSED;
import static vn.thidua.vote.VoteStatus.DRAFT;
import static vn.thidua.vote.VoteStatus.NO_RESULT;
import static vn.thidua.vote.VoteStatus.OPEN;
import static vn.thidua.vote.VoteStatus.TALLIED;
import static vn.thidua.vote.VoteStatus.VOID;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.state.Lifecycle;

/**
 * The current round's steps: DRAFT → OPEN → CLOSED → TALLIED (or NO_RESULT, as the tally finds) → CERTIFIED;
 * NO_RESULT → DRAFT (the next round: a runoff, then a re-vote) while rounds remain, NO_RESULT → TALLIED by
 * the recorded lot after the re-vote; VOID with a reason from any step before CERTIFIED.
 */
public final class VoteLifecycle {

    public static final int LAST_ROUND = 3;

    public static final Lifecycle<Vote, VoteStatus> LIFECYCLE = Lifecycle.<Vote, VoteStatus>of("VOTE", VoteStatus.class)
            .step(DRAFT, OPEN)
            .stepWithReason(DRAFT, VOID)
            .step(OPEN, CLOSED)
            .stepWithReason(OPEN, VOID)
            .step(CLOSED, TALLIED)
            .step(CLOSED, NO_RESULT)
            .stepWithReason(CLOSED, VOID)
            .step(TALLIED, CERTIFIED)
            .stepWithReason(TALLIED, VOID)
            .step(NO_RESULT, DRAFT, VoteLifecycle::requireRoundLeft)
            .step(NO_RESULT, TALLIED, VoteLifecycle::requireLastRound)
            .stepWithReason(NO_RESULT, VOID)
            .build();

    private VoteLifecycle() {
    }

    static void requireRoundLeft(Vote v) {
        if (v.currentRound >= LAST_ROUND) {
            throw DomainException.conflict("VOTE_NO_ROUND_LEFT", Text.of(
                    "Đã bỏ phiếu lại mà vẫn chưa có kết quả; kết quả được quyết định bằng bốc thăm (chuyển sang “Đã kiểm phiếu”).",
                    "The re-vote gave no result either; the lot decides now (move to “Tallied”)."));
        }
    }

    static void requireLastRound(Vote v) {
        if (v.currentRound < LAST_ROUND) {
            throw DomainException.conflict("VOTE_LOT_TOO_EARLY", Text.of(
                    "Chỉ bốc thăm sau khi đã bầu lại và bỏ phiếu lại mà vẫn chưa có kết quả (vòng {0}/{1}).",
                    "The lot comes only after a runoff and a re-vote without result (round {0} of {1}).")
                    .with(v.currentRound, LAST_ROUND));
        }
    }
}
