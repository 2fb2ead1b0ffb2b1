package vn.thidua.covenant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.state.Lifecycle;

/**
 * DRAFT → CIRCULATED (needs a clause) → SIGNED: by the last member's signature, or closed by the leader
 * with a reason while members are still missing (they are named in the refusal and recorded on close).
 */
@ApplicationScoped
public class CovenantLifecycle {

    private Lifecycle<Covenant, CovenantStatus> lifecycle;

    @PostConstruct
    void declare() {
        lifecycle = Lifecycle.<Covenant, CovenantStatus>of("COVENANT", CovenantStatus.class)
                .step(CovenantStatus.DRAFT, CovenantStatus.CIRCULATED, CovenantLifecycle::requireClauses)
                .step(CovenantStatus.CIRCULATED, CovenantStatus.SIGNED, CovenantLifecycle::requireSignaturesOrReason)
                .build();
    }

    public Lifecycle<Covenant, CovenantStatus> of() {
        return lifecycle;
    }

    private static void requireClauses(Covenant covenant) {
        if (covenant.clauses.isEmpty()) {
            throw DomainException.rule("COVENANT_NEEDS_CLAUSES", Text.of(
                    "Giao ước cần ít nhất một điều khoản trước khi gửi các đơn vị ký.",
                    "A covenant needs at least one clause before it is circulated."), "clauses");
        }
    }

    private static void requireSignaturesOrReason(Covenant covenant) {
        if (!covenant.pendingMissing.isEmpty() && (covenant.closingReason == null || covenant.closingReason.isBlank())) {
            throw DomainException.rule("COVENANT_SIGNATURES_MISSING", Text.of(
                    "Còn {0} đơn vị chưa ký: {1}. Muốn kết thúc giao ước khi thiếu các đơn vị này, hãy ghi lý do.",
                    "{0} members have not signed: {1}. To close the covenant without them, give a reason.")
                    .with(covenant.pendingMissing.size(), String.join(", ", covenant.pendingMissing)), "reason");
        }
    }
}
