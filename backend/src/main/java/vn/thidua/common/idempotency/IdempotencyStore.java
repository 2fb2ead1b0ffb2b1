package vn.thidua.common.idempotency;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.thidua.common.error.LockConflict;

/**
 * The table {@code idempotency_record} (V16; sealed under the client's key since V20, {@link SealedKey}), in plain JDBC: each call is its own short transaction,
 * independent of the handler's. Times are the database's ({@code UTC_TIMESTAMP(6)}), one clock for
 * every instance of the service, so that a takeover after the in-flight timeout means the same on each.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);
    private static final int SWEEP_BATCH = 100;

    @Inject
    DataSource dataSource;

    /** An in-flight record older than this may be taken over: a crashed attempt never blocks its key. */
    @ConfigProperty(name = "thidua.idempotency.in-flight-timeout", defaultValue = "60S")
    Duration inFlightTimeout;

    /** How long an answer is replayed; older rows are swept. */
    @ConfigProperty(name = "thidua.idempotency.retention", defaultValue = "24H")
    Duration retention;

    /** What the first request left under a key. */
    public record Stored(int status, String contentType, String location, String etag, byte[] body) {
    }

    /** The outcome of claiming a key. */
    public sealed interface Claim {
    }

    /** This request owns the key: run the handler, then {@link #complete} or {@link #release}. */
    public record Owned(long id, byte[] attempt, SealedKey key) implements Claim {
    }

    /** The key answered already: replay this. */
    public record Replay(Stored answer) implements Claim {
    }

    /** The key is held by another request still running. */
    public record InProgress(long secondsLeft) implements Claim {
    }

    /** The key was used for another request. */
    public record Reused() implements Claim {
    }

    public long inFlightSeconds() {
        return inFlightTimeout.toSeconds();
    }

    /**
     * Records this request as in flight under (caller, key), committed before this returns; or says
     * what holds the key. Sweeps expired rows after a new record.
     */
    public Claim claim(String caller, String clientKey, byte[] requestHash) {
        SealedKey key = SealedKey.of(clientKey);
        byte[] hash = key.fingerprint(requestHash);
        byte[] attempt = newAttempt();
        try {
            // Two transactions: a failed insert keeps a shared lock on the key until its transaction ends,
            // and concurrent retries upgrading it to FOR UPDATE in the same transaction would deadlock.
            Long id = QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection()) {
                    return insert(c, caller, key, hash, attempt);
                }
            });
            if (id != null) {
                sweep();
                return new Owned(id, attempt, key);
            }
            return QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection()) {
                    return existing(c, caller, key, hash, requestHash, attempt);
                }
            });
        } catch (RuntimeException e) {
            if (LockConflict.causedBy(e)) {
                LOG.infof("Idempotency key of %s: concurrent claims collided", caller);
                return new InProgress(1);
            }
            throw e;
        }
    }

    private Long insert(Connection c, String caller, SealedKey key, byte[] hash, byte[] attempt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency_record"
                + " (caller, idem_key, request_hash, attempt, created_at, sealed) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6), TRUE)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            s.setString(1, caller);
            s.setString(2, key.lookup());
            s.setBytes(3, hash);
            s.setBytes(4, attempt);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return null;
            }
            throw e;
        }
    }

    /** {@code hash} the keyed fingerprint of sealed rows; {@code plainHash} that of rows stored before V20. */
    private Claim existing(Connection c, String caller, SealedKey key, byte[] hash, byte[] plainHash, byte[] attempt)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, request_hash, status, content_type, location, etag, body,"
                + " sealed, TIMESTAMPDIFF(MICROSECOND, created_at, UTC_TIMESTAMP(6)) AS age"
                + " FROM idempotency_record WHERE caller = ? AND idem_key = ? FOR UPDATE")) {
            s.setString(1, caller);
            s.setString(2, key.lookup());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    // Swept between our insert and this read: the key is free again.
                    Long id = insert(c, caller, key, hash, attempt);
                    return id != null ? new Owned(id, attempt, key) : new InProgress(1);
                }
                long id = r.getLong("id");
                long ageMicros = r.getLong("age");
                boolean expired = ageMicros >= retention.toNanos() / 1000;
                if (expired) {
                    return takeOver(c, id, key, hash, attempt);
                }
                boolean sealed = r.getBoolean("sealed");
                if (!MessageDigest.isEqual(sealed ? hash : plainHash, r.getBytes("request_hash"))) {
                    return new Reused();
                }
                int status = r.getInt("status");
                if (!r.wasNull()) {
                    byte[] body = r.getBytes("body");
                    return new Replay(new Stored(status, r.getString("content_type"), r.getString("location"),
                            r.getString("etag"), sealed ? key.open(body) : body));
                }
                long timeoutMicros = inFlightTimeout.toNanos() / 1000;
                if (ageMicros < timeoutMicros) {
                    return new InProgress(Math.max(1, (timeoutMicros - ageMicros + 999_999) / 1_000_000));
                }
                LOG.infof("Idempotency key of %s taken over after %d s in flight", caller, ageMicros / 1_000_000);
                return takeOver(c, id, key, hash, attempt);
            }
        }
    }

    /** The row starts again as this attempt's (an expired answer, or an in-flight attempt presumed dead). */
    private Claim takeOver(Connection c, long id, SealedKey key, byte[] hash, byte[] attempt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE idempotency_record SET request_hash = ?, attempt = ?,"
                + " created_at = UTC_TIMESTAMP(6), completed_at = NULL, status = NULL, content_type = NULL,"
                + " location = NULL, etag = NULL, body = NULL, sealed = TRUE WHERE id = ?")) {
            s.setBytes(1, hash);
            s.setBytes(2, attempt);
            s.setLong(3, id);
            s.executeUpdate();
        }
        return new Owned(id, attempt, key);
    }

    /** Stores the answer of the attempt that owns the row (a taken-over attempt stores nothing). */
    public void complete(Owned owned, Stored answer) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "UPDATE idempotency_record SET completed_at = UTC_TIMESTAMP(6), status = ?, content_type = ?,"
                            + " location = ?, etag = ?, body = ? WHERE id = ? AND attempt = ?")) {
                s.setInt(1, answer.status());
                s.setString(2, answer.contentType());
                s.setString(3, answer.location());
                s.setString(4, answer.etag());
                if (answer.body() == null) {
                    s.setNull(5, Types.BLOB);
                } else {
                    s.setBytes(5, owned.key().seal(answer.body()));
                }
                s.setLong(6, owned.id());
                s.setBytes(7, owned.attempt());
                if (s.executeUpdate() == 0) {
                    LOG.warnf("Idempotency record %d was taken over before its first attempt completed", owned.id());
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Frees the key (a 5xx, an answer that cannot be stored): a retry runs the handler again. */
    public void release(Owned owned) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "DELETE FROM idempotency_record WHERE id = ? AND attempt = ?")) {
                s.setLong(1, owned.id());
                s.setBytes(2, owned.attempt());
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Deletes a batch of rows past the retention; cheap (the created_at index), and never fails a request. */
    void sweep() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                        "DELETE FROM idempotency_record WHERE created_at < UTC_TIMESTAMP(6) - INTERVAL ? SECOND"
                                + " ORDER BY created_at LIMIT " + SWEEP_BATCH)) {
                    s.setLong(1, retention.toSeconds());
                    s.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Idempotency sweep failed: %s", e.getMessage());
        }
    }

    private static byte[] newAttempt() {
        UUID uuid = UUID.randomUUID();
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
                .array();
    }
}
