package vn.thidua.ranking;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.state.Lifecycle;

/** DRAFT → CONFIRMED (no tied set still waiting for the members' vote) → PUBLISHED. */
@ApplicationScoped
public class RankingLifecycle {

    private Lifecycle<Ranking, RankingStatus> lifecycle;

    @PostConstruct
    void declare() {
        lifecycle = Lifecycle.<Ranking, RankingStatus>of("RANKING", RankingStatus.class)
                .step(RankingStatus.DRAFT, RankingStatus.CONFIRMED, RankingLifecycle::requireVotes)
                .step(RankingStatus.CONFIRMED, RankingStatus.PUBLISHED)
                .build();
    }

    public Lifecycle<Ranking, RankingStatus> of() {
        return lifecycle;
    }

    static void requireVotes(Ranking r) {
        if (r.needsVote()) {
            String units = r.rows.stream().filter(row -> row.needsVote).map(row -> String.valueOf(row.position))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            throw DomainException.conflict("RANKING_TIE_VOTE_NEEDED", Text.of(
                    "Các đơn vị bằng điểm ở vị trí {0} cần được các thành viên biểu quyết (ghi số phiếu) trước khi xác nhận kết quả.",
                    "The tied units at positions {0} need the members' vote (record the votes) before the ranking is confirmed.")
                    .with(units));
        }
    }
}
