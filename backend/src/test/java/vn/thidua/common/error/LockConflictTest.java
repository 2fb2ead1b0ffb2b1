package vn.thidua.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/**
 * Which failures mean "another writer won, retry" (409 CONCURRENT_WRITE) rather than a bug (500). The
 * commit shape is the one scripts/fault-tests.sh galera produced (4 answers of 500 in CI and in one local run
 * of four): right after the writing node was killed, the survivor rolled back the transactions waiting on the
 * audit chain's head with a deadlock (1213), and the chain's raw JDBC wraps the driver's error in its own
 * exception, under Narayana's RollbackException.
 */
class LockConflictTest {

    private static final SQLException GALERA_ABORT = new SQLTransactionRollbackException(
            "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction", "40001", 1213);

    @Test
    void aDeadlockOrLockTimeoutInRawJdbcIsAConflict() {
        assertTrue(LockConflict.causedBy(new IllegalStateException("The audit trail could not be written", GALERA_ABORT)));
        assertTrue(LockConflict.causedBy(new IllegalStateException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.initCause(new RuntimeException(new IllegalStateException("The audit trail could not be written; the change is rolled back",
                new SQLTransactionRollbackException("(conn=13) Deadlock found when trying to get lock; try restarting transaction", "40001", 1213))));
        assertTrue(LockConflict.causedBy(new RuntimeException("Error invoking subclass method", commit)));
        RollbackException suppressed = new RollbackException("ARJUNA016053: Could not commit transaction.");
        suppressed.addSuppressed(new IllegalStateException("The audit trail could not be written", GALERA_ABORT));
        assertTrue(LockConflict.causedBy(suppressed));
        assertTrue(LockConflict.causedBy(new LockAcquisitionException("could not execute statement", GALERA_ABORT)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(LockConflict.causedBy(new ConstraintViolationException("dup",
                new SQLException("Duplicate entry", "23000", 1062), "uk_unit_code")));
        assertFalse(LockConflict.causedBy(new IllegalStateException(new SQLException("x", "08S01", 1047))));
        assertFalse(LockConflict.causedBy(new NullPointerException()));
        assertFalse(LockConflict.causedBy(null));
        assertFalse(DatabaseUnavailable.causedBy(GALERA_ABORT), "a rolled-back transaction is not an unreachable database");
    }

    @Test
    void theCatchAllMapperAnswersTheConflictNotAnInternalError() {
        Response response = new WebProblemMapper().unexpected(
                new IllegalStateException("The audit trail could not be written; the change is rolled back", GALERA_ABORT), null, null);
        assertEquals(409, response.getStatus());
        assertEquals("CONCURRENT_WRITE", ((Problem) response.getEntity()).code());
    }
}
