package vn.thidua.term;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.common.state.Lifecycle;

/** A term's steps, one at a time: PLANNING → ACTIVE (needs its leader) → SCORING → RESULTS_CONFIRMED → CLOSED. */
@ApplicationScoped
public class TermLifecycle {

    @Inject
    TermRoster roster;

    private Lifecycle<Term, TermStatus> lifecycle;

    @PostConstruct
    void declare() {
        lifecycle = Lifecycle.<Term, TermStatus>of("TERM", TermStatus.class)
                .step(TermStatus.PLANNING, TermStatus.ACTIVE, this::requireLeader)
                .step(TermStatus.ACTIVE, TermStatus.SCORING)
                .step(TermStatus.SCORING, TermStatus.RESULTS_CONFIRMED)
                .step(TermStatus.RESULTS_CONFIRMED, TermStatus.CLOSED)
                .build();
    }

    public Lifecycle<Term, TermStatus> of() {
        return lifecycle;
    }

    private void requireLeader(Term term) {
        if (roster.summarise(List.of(term.id)).getOrDefault(term.id, TermRoster.Summary.EMPTY).leader() == null) {
            throw DomainException.rule("TERM_NEEDS_LEADER", Text.of(
                    "Cần có đúng một Trưởng khối trước khi chuyển sang “{0}”.",
                    "A term needs its leader before it becomes “{0}”.").with(TermStatus.ACTIVE), "status");
        }
    }
}
