package vn.thidua.common.error;

import java.sql.SQLException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.exception.LockAcquisitionException;

/**
 * Two writers collided and the database rolled one back: a deadlock, a lock wait timeout, or Galera's
 * brute-force abort of a local transaction by a replicated one ("WSREP detected deadlock/conflict",
 * 1213). Nothing was written and a retry is safe. Raw JDBC (the audit chain, idempotency records) throws
 * the driver's SQLException wrapped in its own exception, so the SQL state is looked for as well as
 * Hibernate's and JPA's types.
 */
public final class LockConflict {

    /** ER_LOCK_WAIT_TIMEOUT: SQL state HY000, so only its vendor code tells it. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private LockConflict() {
    }

    public static boolean causedBy(Throwable e) {
        return Causes.any(e, LockConflict::is);
    }

    private static boolean is(Throwable t) {
        if (t instanceof LockAcquisitionException || t instanceof PessimisticLockException
                || t instanceof LockTimeoutException) {
            return true;
        }
        // SQL state class 40: transaction rollback (40001 deadlock or serialization failure).
        return t instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("40"))
                || sql.getErrorCode() == LOCK_WAIT_TIMEOUT);
    }
}
