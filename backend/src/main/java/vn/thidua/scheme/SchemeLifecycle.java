package vn.thidua.scheme;

import java.math.BigDecimal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.state.Lifecycle;

/**
 * A scheme's steps: DRAFT → ADOPTED (its maxima add up: each group's counted criteria to the group's
 * maximum, the groups to the total) → RETIRED; a draft given up is RETIRED with a reason.
 */
@ApplicationScoped
public class SchemeLifecycle {

    private Lifecycle<Scheme, SchemeStatus> lifecycle;

    @PostConstruct
    void declare() {
        lifecycle = Lifecycle.<Scheme, SchemeStatus>of("SCHEME", SchemeStatus.class)
                .step(SchemeStatus.DRAFT, SchemeStatus.ADOPTED, SchemeLifecycle::requireCriteria, SchemeLifecycle::requireMaximaAddUp)
                .step(SchemeStatus.ADOPTED, SchemeStatus.RETIRED)
                .stepWithReason(SchemeStatus.DRAFT, SchemeStatus.RETIRED)
                .build();
    }

    public Lifecycle<Scheme, SchemeStatus> of() {
        return lifecycle;
    }

    static void requireCriteria(Scheme s) {
        if (s.groups.stream().flatMap(g -> g.criteria.stream()).noneMatch(c -> c.kind.countsTowardsMaxima())) {
            throw DomainException.rule("SCHEME_EMPTY", Text.of(
                    "Thang điểm chưa có tiêu chí nào để chấm; chưa thông qua được.",
                    "The scheme has no criterion to score yet; it cannot be adopted."), "groups");
        }
    }

    static void requireMaximaAddUp(Scheme s) {
        for (int i = 0; i < s.groups.size(); i++) {
            SchemeGroup g = s.groups.get(i);
            BigDecimal sum = g.countedMaxima();
            if (sum.compareTo(g.maxPoints) != 0) {
                throw DomainException.rule("SCHEME_GROUP_MAXIMA", Text.of(
                        "Nhóm {0} có điểm tối đa {1} nhưng các tiêu chí cộng lại {2}.",
                        "Group {0} has a maximum of {1} but its criteria add up to {2}.")
                        .with(g.code, g.maxPoints.stripTrailingZeros().toPlainString(), sum.stripTrailingZeros().toPlainString()),
                        "groups[" + i + "].maxPoints");
            }
        }
        BigDecimal groups = s.groupMaxima();
        if (groups.compareTo(s.totalPoints) != 0) {
            throw DomainException.rule("SCHEME_TOTAL_MAXIMA", Text.of(
                    "Tổng điểm tối đa là {0} nhưng các nhóm cộng lại {1}.",
                    "The total is {0} but the groups add up to {1}.")
                    .with(s.totalPoints.stripTrailingZeros().toPlainString(), groups.stripTrailingZeros().toPlainString()),
                    "totalPoints");
        }
    }
}
