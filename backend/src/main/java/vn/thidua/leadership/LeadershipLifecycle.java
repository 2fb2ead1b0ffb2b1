package vn.thidua.leadership;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.state.Lifecycle;

/** PROPOSED → CONFIRMED (needs its leader) → HANDED_OVER; PROPOSED → WITHDRAWN with a reason. */
@ApplicationScoped
public class LeadershipLifecycle {

    private Lifecycle<LeadershipResult, LeadershipStatus> lifecycle;

    @PostConstruct
    void declare() {
        lifecycle = Lifecycle.<LeadershipResult, LeadershipStatus>of("LEADERSHIP", LeadershipStatus.class)
                .step(LeadershipStatus.PROPOSED, LeadershipStatus.CONFIRMED, LeadershipLifecycle::requireLeader)
                .stepWithReason(LeadershipStatus.PROPOSED, LeadershipStatus.WITHDRAWN)
                .step(LeadershipStatus.CONFIRMED, LeadershipStatus.HANDED_OVER)
                .build();
    }

    public Lifecycle<LeadershipResult, LeadershipStatus> of() {
        return lifecycle;
    }

    static void requireLeader(LeadershipResult r) {
        if (r.leader == null) {
            throw DomainException.rule("LEADERSHIP_NEEDS_LEADER", Text.of(
                    "Chưa có Trưởng khối năm {0} (mới có kết quả bầu Phó trưởng khối); chưa xác nhận được.",
                    "Next year's ({0}) leader is not chosen yet (only the deputy's ballot is certified); it cannot be confirmed.")
                    .with(r.nextYear), "leader");
        }
    }
}
