package vn.thidua.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.access.CallerScope;
import vn.thidua.access.CallerScope.Reach;
import vn.thidua.bloc.Bloc;
import vn.thidua.common.error.DomainException;

/** The term access policy's rules, one caller kind at a time (the matrix proves them through HTTP). */
class TermPartyTest {

    private static final long LEADER = 10, DEPUTY = 11, MEMBER = 12, OUTSIDER = 99;

    private static TermParty as(Reach reach, Long unitId) {
        Term term = new Term();
        term.id = 1L;
        term.year = 2026;
        term.bloc = new Bloc();
        term.bloc.name = "Khối Kinh tế - Kỹ thuật";
        CallerScope caller = reach == Reach.NATIONAL ? CallerScope.national()
                : new CallerScope(reach, 6L, "06", Set.of(6L), unitId);
        return new TermParty(term, caller, LEADER, DEPUTY, Set.of(LEADER, DEPUTY, MEMBER));
    }

    @Test
    void theBoardManagesAndActsForEveryMember() {
        TermParty board = as(Reach.BOARD, null);
        assertTrue(board.manages());
        assertTrue(board.actsFor(MEMBER));
        assertTrue(board.actsFor(LEADER));
        board.requireManage();
        board.requireActFor(MEMBER);
    }

    @Test
    void leaderAndDeputyOfficersManageAndActForTheirOwnUnitOnly() {
        for (long unit : new long[] { LEADER, DEPUTY }) {
            TermParty officer = as(Reach.OFFICER, unit);
            assertTrue(officer.manages());
            assertTrue(officer.actsFor(unit));
            assertFalse(officer.actsFor(MEMBER), "managing the term is not acting for another unit");
            assertEquals("TERM_OWN_UNIT_ONLY",
                    assertThrows(DomainException.class, () -> officer.requireActFor(MEMBER)).code());
        }
    }

    @Test
    void aMemberActsForItselfAndManagesNothing() {
        TermParty member = as(Reach.OFFICER, MEMBER);
        assertFalse(member.manages());
        assertTrue(member.isMember());
        assertTrue(member.insider());
        assertEquals(Optional.of(MEMBER), member.ownMemberUnit());
        member.requireActFor(MEMBER);
        assertEquals("TERM_OWN_UNIT_ONLY", assertThrows(DomainException.class, () -> member.requireActFor(LEADER)).code());
        assertEquals("TERM_MANAGERS_ONLY", assertThrows(DomainException.class, member::requireManage).code());
    }

    @Test
    void anotherBlocsOfficerIsNotAMember() {
        TermParty outsider = as(Reach.OFFICER, OUTSIDER);
        assertFalse(outsider.insider());
        assertEquals(Optional.empty(), outsider.ownMemberUnit());
        assertEquals("TERM_NOT_A_MEMBER", assertThrows(DomainException.class, () -> outsider.requireActFor(OUTSIDER)).code());
        assertEquals("TERM_MANAGERS_ONLY", assertThrows(DomainException.class, outsider::requireManage).code());
    }

    @Test
    void readersAndTheMinistryWriteNothing() {
        assertEquals("READ_ONLY_ACCOUNT",
                assertThrows(DomainException.class, () -> as(Reach.READER, null).requireManage()).code());
        assertEquals("NATIONAL_READ_ONLY",
                assertThrows(DomainException.class, () -> as(Reach.NATIONAL, null).requireActFor(MEMBER)).code());
        assertFalse(as(Reach.NATIONAL, null).manages());
    }
}
