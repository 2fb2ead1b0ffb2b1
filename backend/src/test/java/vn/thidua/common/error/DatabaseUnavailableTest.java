package vn.thidua.common.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.transaction.RollbackException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Which failures mean "the database is unreachable" (503 + Retry-After) rather than a bug (500).
 * The shapes are the ones the fault tests (scripts/fault-tests.sh dbrestart, galera) produced.
 */
class DatabaseUnavailableTest {

    @Test
    void aRefusedOrBrokenConnectionIsUnavailable() {
        assertTrue(DatabaseUnavailable.causedBy(new SQLNonTransientConnectionException("Socket fail to connect")));
        assertTrue(DatabaseUnavailable.causedBy(new JDBCConnectionException("could not execute statement",
                new SQLException("Connection reset", "08S01"))));
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException(new SQLException("x", "08000"))));
    }

    @Test
    void aPoolThatGivesNoConnectionIsUnavailable() {
        assertTrue(DatabaseUnavailable.causedBy(new GenericJDBCException(
                "Unable to acquire JDBC Connection [Exception in association of connection to existing transaction]",
                new SQLException("Exception in association of connection to existing transaction"))));
    }

    @Test
    void aCommitThatLostItsConnectionIsUnavailable() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLTransientConnectionException(
                "Driver has reconnect connection after a communications failure during a COMMIT statement"));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(commit)));
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNot() {
        assertFalse(DatabaseUnavailable.causedBy(new ConstraintViolationException("dup",
                new SQLException("Duplicate entry", "23000"), "uk_unit_code")));
        assertFalse(DatabaseUnavailable.causedBy(new RollbackException("ARJUNA016053: Could not commit transaction.")));
        assertFalse(DatabaseUnavailable.causedBy(new NullPointerException()));
        assertFalse(DatabaseUnavailable.causedBy(null));
    }
}
