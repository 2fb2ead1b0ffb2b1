package vn.thidua.common.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.ProblemKind;
import vn.thidua.common.error.Text;

/** The lifecycle helper's rules, on a small lifecycle of its own (registrations' shape). */
class LifecycleTest {

    enum State implements Labelled {
        DRAFT("Dự thảo", "Draft"), SUBMITTED("Đã gửi", "Submitted"), ACCEPTED("Đã chấp nhận", "Accepted"),
        RETURNED("Trả lại", "Returned");

        private final Text label;

        State(String vi, String en) {
            label = Text.of(vi, en);
        }

        @Override
        public Text label() {
            return label;
        }
    }

    record Sheet(boolean complete) {
    }

    private final List<String> guardCalls = new ArrayList<>();

    private final Lifecycle<Sheet, State> lifecycle = Lifecycle.<Sheet, State>of("REGISTRATION", State.class)
            .step(State.DRAFT, State.SUBMITTED, sheet -> {
                guardCalls.add("complete?");
                if (!sheet.complete()) {
                    throw DomainException.rule("REGISTRATION_INCOMPLETE", Text.same("thiếu chỉ tiêu"), "targets");
                }
            })
            .step(State.SUBMITTED, State.ACCEPTED)
            .stepWithReason(State.SUBMITTED, State.RETURNED)
            .step(State.RETURNED, State.SUBMITTED)
            .build();

    @Test
    void nextListsTheDeclaredStepsInTheEnumsOrder() {
        assertEquals(Set.of(State.ACCEPTED, State.RETURNED), lifecycle.next(State.SUBMITTED));
        assertEquals(List.of(State.ACCEPTED, State.RETURNED), List.copyOf(lifecycle.next(State.SUBMITTED)));
        assertTrue(lifecycle.next(State.ACCEPTED).isEmpty());
        assertTrue(lifecycle.allows(State.RETURNED, State.SUBMITTED));
        assertFalse(lifecycle.allows(State.DRAFT, State.ACCEPTED));
    }

    @Test
    void anUndeclaredStepIsAConflictNamingTheCurrentAndTheAllowedStates() {
        DomainException refused = assertThrows(DomainException.class,
                () -> lifecycle.check(new Sheet(true), State.SUBMITTED, State.DRAFT, null));
        assertEquals(ProblemKind.CONFLICT, refused.kind());
        assertEquals("REGISTRATION_STATUS_STEP", refused.code());
        assertEquals("Không chuyển được từ “Đã gửi” sang “Dự thảo”; từ “Đã gửi” chỉ chuyển được sang"
                + " “Đã chấp nhận”, “Trả lại”.", refused.detail().in(Locale.forLanguageTag("vi")));
        assertEquals("Cannot move from “Submitted” to “Draft”; from “Submitted” the allowed steps are “Accepted”,"
                + " “Returned”.", refused.detail().in(Locale.ENGLISH));
    }

    @Test
    void theLastStateSaysSo() {
        DomainException refused = assertThrows(DomainException.class,
                () -> lifecycle.check(new Sheet(true), State.ACCEPTED, State.RETURNED, "x"));
        assertEquals("REGISTRATION_STATUS_STEP", refused.code());
        assertEquals("Đang ở bước cuối (“Đã chấp nhận”); không chuyển sang “Trả lại” được.",
                refused.detail().in(Locale.forLanguageTag("vi")));
    }

    @Test
    void aStepDeclaredWithReasonRefusesABlankOne() {
        for (String blank : new String[] { null, "", "   " }) {
            DomainException refused = assertThrows(DomainException.class,
                    () -> lifecycle.check(new Sheet(true), State.SUBMITTED, State.RETURNED, blank));
            assertEquals(ProblemKind.RULE_VIOLATION, refused.kind());
            assertEquals("REGISTRATION_REASON_REQUIRED", refused.code());
            assertEquals("reason", refused.errors().get(0).field());
        }
        lifecycle.check(new Sheet(true), State.SUBMITTED, State.RETURNED, "Chỉ tiêu chưa sát thực tế");
        assertTrue(lifecycle.needsReason(State.SUBMITTED, State.RETURNED));
        assertFalse(lifecycle.needsReason(State.SUBMITTED, State.ACCEPTED));
    }

    @Test
    void guardsRunOnlyForTheirStepAndOnlyAfterTheStepIsAllowed() {
        assertThrows(DomainException.class, () -> lifecycle.check(new Sheet(false), State.DRAFT, State.ACCEPTED, null));
        assertTrue(guardCalls.isEmpty(), "a refused step runs no guard");
        DomainException refused = assertThrows(DomainException.class,
                () -> lifecycle.check(new Sheet(false), State.DRAFT, State.SUBMITTED, null));
        assertEquals("REGISTRATION_INCOMPLETE", refused.code());
        lifecycle.check(new Sheet(true), State.DRAFT, State.SUBMITTED, null);
        assertEquals(List.of("complete?", "complete?"), guardCalls);
        lifecycle.check(new Sheet(false), State.RETURNED, State.SUBMITTED, null);
        assertEquals(2, guardCalls.size(), "the guard belongs to DRAFT → SUBMITTED only");
    }

    @Test
    void aStepCannotBeDeclaredTwiceNorUnderABadPrefix() {
        assertThrows(IllegalStateException.class, () -> Lifecycle.<Sheet, State>of("X", State.class)
                .step(State.DRAFT, State.SUBMITTED).step(State.DRAFT, State.SUBMITTED));
        assertThrows(IllegalArgumentException.class, () -> Lifecycle.<Sheet, State>of("bad-prefix", State.class));
    }
}
