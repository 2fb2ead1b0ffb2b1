package vn.thidua.common.persistence;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;

import vn.thidua.common.error.DomainException;

/**
 * Writes, flushes and turns the refusal of a named unique key into the rule's own problem (a stable code,
 * a message naming things): the database key decides under concurrency, the caller still hears why.
 * Other refusals pass unchanged (→ the generic DUPLICATE_OR_CLASH).
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** Runs the writes (identity inserts execute at once) and flushes, translating the named keys' refusals. */
    public static void guard(EntityManager em, Runnable writes, Map<String, Supplier<DomainException>> keys) {
        try {
            writes.run();
            em.flush();
        } catch (PersistenceException e) {
            String name = constraintName(e);
            if (name != null) {
                for (var key : keys.entrySet()) {
                    if (name.contains(key.getKey().toLowerCase(Locale.ROOT))) {
                        throw key.getValue().get();
                    }
                }
            }
            throw e;
        }
    }

    private static String constraintName(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                String name = violation.getConstraintName() != null ? violation.getConstraintName()
                        : String.valueOf(violation.getSQLException().getMessage());
                return name.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
