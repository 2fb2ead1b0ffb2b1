package vn.thidua.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash chain over audit rows: {@code hash = SHA-256(prevHash + "|" + canonical(row))}, hex.
 * The canonical form lists the row's content in a fixed order, each value as
 * {@code <UTF-8 byte length>:<value>} (or {@code ~} for null), joined by {@code |} — unambiguous, and
 * written the same way in SQL by the migration that chained the rows existing before it (V3).
 * Plain Java: the writer, the verifier and its command line share it.
 */
public final class AuditChain {

    /** The previous hash of the first row. */
    public static final String GENESIS = "0".repeat(64);

    /** occurred_at as MariaDB shows a TIMESTAMP(6): the UTC wall clock the application writes and reads. */
    static final DateTimeFormatter OCCURRED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /** The chained content of one audit row. */
    public record Row(long seq, String occurredAt, String actor, String actorUnit, String operation,
            String entityType, long entityId, Long provinceId, String reason, String changes) {
    }

    public static String occurredAt(Instant instant) {
        return OCCURRED_AT.format(instant);
    }

    public static String canonical(Row row) {
        return String.join("|", field(Long.toString(row.seq())), field(row.occurredAt()), field(row.actor()),
                field(row.actorUnit()), field(row.operation()), field(row.entityType()),
                field(Long.toString(row.entityId())), field(row.provinceId() == null ? null : row.provinceId().toString()),
                field(row.reason()), field(row.changes()));
    }

    public static String hash(String prevHash, Row row) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((prevHash + "|" + canonical(row)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String field(String value) {
        return value == null ? "~" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }
}
