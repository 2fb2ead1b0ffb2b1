package vn.thidua.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Walks the audit hash chain in order and names the first row that breaks it: a row whose content
 * no longer gives its hash (changed), whose previous hash is not its predecessor's (a row before it
 * removed or changed), a gap in the positions (removed), or a chain head that points past the last
 * row (the newest rows removed). Reads one consistent snapshot, so writers may go on meanwhile.
 *
 * <p>Command line (scripts/audit-verify.sh): {@code AuditVerifier <jdbc-url> [user] [password]}; user
 * and password default to $DB_USER / $DB_PASSWORD. Exit 0 when intact, 1 when broken, 2 on error.
 */
public final class AuditVerifier {

    /** The outcome: rows checked and, when broken, the first broken row (its id, position and why). */
    public record Result(long checked, Long brokenId, Long brokenSeq, String problem) {

        public boolean intact() {
            return problem == null;
        }

        @Override
        public String toString() {
            return intact() ? "Chuỗi nhật ký nguyên vẹn / audit chain intact: " + checked + " rows"
                    : "Chuỗi nhật ký bị phá vỡ / audit chain BROKEN at "
                            + (brokenId == null ? "the end" : "audit_event id=" + brokenId) + " (position " + brokenSeq
                            + "): " + problem + " — " + checked + " rows checked before it";
        }
    }

    private AuditVerifier() {
    }

    public static Result verify(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement snapshot = connection.prepareStatement("start transaction with consistent snapshot, read only")) {
            snapshot.execute();
            return walk(connection);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Result walk(Connection connection) throws SQLException {
        long headSeq;
        String headHash;
        try (PreparedStatement head = connection.prepareStatement("select last_seq, last_hash from audit_chain_head where id = 1");
                ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                return new Result(0, null, null, "the chain head row (audit_chain_head id=1) is missing");
            }
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        }
        long checked = 0;
        long expectedSeq = 1;
        String previousHash = AuditChain.GENESIS;
        Long previousId = null;
        try (PreparedStatement rows = connection.prepareStatement("select id, chain_seq,"
                + " date_format(occurred_at, '%Y-%m-%d %H:%i:%s.%f'), actor, actor_unit, operation, entity_type,"
                + " entity_id, province_id, reason, changes, prev_hash, hash from audit_event order by chain_seq, id",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            rows.setFetchSize(500);
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long seq = rs.getLong(2);
                    Number province = (Number) rs.getObject(9);
                    AuditChain.Row row = new AuditChain.Row(seq, rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getLong(8), province == null ? null : province.longValue(),
                            rs.getString(10), rs.getString(11));
                    String prev = rs.getString(12);
                    String hash = rs.getString(13);
                    if (seq != expectedSeq) {
                        return new Result(checked, id, seq, seq < expectedSeq ? "position " + seq + " appears twice"
                                : "position" + (seq - expectedSeq > 1 ? "s " + expectedSeq + ".." + (seq - 1) : " " + expectedSeq)
                                        + " missing: removed between " + between(previousId, id));
                    }
                    if (!Objects.equals(prev, previousHash)) {
                        return new Result(checked, id, seq, "its previous hash is not the hash of the row before it ("
                                + between(previousId, id) + ")");
                    }
                    if (!AuditChain.hash(prev, row).equals(hash)) {
                        return new Result(checked, id, seq, "its content no longer matches its hash (changed after it was written)");
                    }
                    checked++;
                    expectedSeq++;
                    previousHash = hash;
                    previousId = id;
                }
            }
        }
        if (headSeq != expectedSeq - 1 || !headHash.equals(previousHash)) {
            return new Result(checked, null, expectedSeq, "the chain head records position " + headSeq
                    + " but the last row is position " + (expectedSeq - 1) + ": the newest rows were removed or changed");
        }
        return new Result(checked, null, null, null);
    }

    private static String between(Long previousId, long id) {
        return previousId == null ? "the start and event " + id : "events " + previousId + " and " + id;
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: AuditVerifier <jdbc-url> [user] [password]");
            System.exit(2);
        }
        String user = args.length > 1 ? args[1] : System.getenv().getOrDefault("DB_USER", "thidua");
        String password = args.length > 2 ? args[2] : System.getenv().getOrDefault("DB_PASSWORD", "thidua");
        try (Connection connection = DriverManager.getConnection(args[0], user, password)) {
            Result result = verify(connection);
            System.out.println(result);
            System.exit(result.intact() ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("Cannot read the audit trail: " + e.getMessage());
            System.exit(2);
        }
    }
}
