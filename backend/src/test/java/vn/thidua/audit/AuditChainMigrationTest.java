package vn.thidua.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Audit rows written before the chain existed (dev databases) are chained by the migration, in SQL,
 * exactly as {@link AuditChain} would have: the Java verifier accepts them. Runs Flyway on a scratch
 * database next to the test database.
 */
class AuditChainMigrationTest {

    private static final String TEST_DB = System.getenv().getOrDefault("TEST_DB_URL",
            "jdbc:mariadb://127.0.0.1:3306/thidua_test");
    private static final String SCRATCH = TEST_DB.replaceFirst("(/[^/?]+)(\\?.*)?$", "$1_chain");
    private static final String SERVER = TEST_DB.replaceFirst("/[^/?]+(\\?.*)?$", "/");
    private static final String USER = "thidua";
    private static final String PASSWORD = "thidua";

    @AfterEach
    void dropScratch() throws SQLException {
        run(SERVER, "drop database if exists " + name());
    }

    @Test
    void rowsWrittenBeforeTheChainAreChainedByTheMigration() throws SQLException {
        run(SERVER, "create database if not exists " + name());
        Flyway flyway = Flyway.configure().dataSource(SCRATCH, USER, PASSWORD).locations("classpath:db/migration")
                .cleanDisabled(false).load();
        flyway.clean();
        MigrationVersion before = versionBeforeTheChain(flyway);
        Flyway.configure().configuration(flyway.getConfiguration()).target(before).load().migrate();

        String insert = "insert into audit_event (occurred_at, actor, actor_unit, operation, entity_type, entity_id,"
                + " reason, changes) values (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = DriverManager.getConnection(SCRATCH, USER, PASSWORD);
                PreparedStatement ps = c.prepareStatement(insert)) {
            Object[][] rows = {
                    { "2025-03-01 02:15:00.123456", "admin", null, "CREATE", "Unit", 7, null,
                            "{\"name\":{\"before\":null,\"after\":\"Sở Nông nghiệp và Môi trường\"}}" },
                    { "2025-07-01 00:00:00.000000", "bk.sxd", "BKN.SXD", "UPDATE", "Term", 3, "Đính chính số quyết định",
                            "{\"decision\":{\"before\":\"12/QĐ-UBND (2025-01-02)\",\"after\":\"13/QĐ-UBND (2025-01-02)\"}}" },
                    { "2025-12-31 16:59:59.999999", "admin", null, "DELETE", "Membership", 41, "nhập nhầm | trùng", "{}" } };
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.executeUpdate();
            }
        }
        long unit;
        try (Connection c = DriverManager.getConnection(SCRATCH, USER, PASSWORD);
                PreparedStatement ps = c.prepareStatement("insert into unit (code, name, kind, active_from, province_id,"
                        + " created_at, updated_at) select 'BKN.SXD', 'Sở Xây dựng', 'SO', '2008-04-01', id, now(6), now(6)"
                        + " from province where code = '06'", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                unit = keys.getLong(1);
            }
            try (PreparedStatement audit = c.prepareStatement("update audit_event set entity_id = ? where entity_type = 'Unit'")) {
                audit.setLong(1, unit);
                audit.executeUpdate();
            }
        }
        flyway.migrate();

        try (Connection c = DriverManager.getConnection(SCRATCH, USER, PASSWORD)) {
            AuditVerifier.Result result = AuditVerifier.verify(c);
            assertTrue(result.intact(), result.toString());
            assertEquals(3, result.checked());
            try (PreparedStatement ps = c.prepareStatement("select p.code from audit_event a join province p"
                    + " on p.id = a.province_id where a.entity_type = 'Unit'"); var rs = ps.executeQuery()) {
                assertTrue(rs.next() && rs.getString(1).equals("06"), "the unit's event carries Bắc Kạn");
            }
            try (PreparedStatement ps = c.prepareStatement("update audit_event set reason = 'khác' where chain_seq = 3")) {
                ps.executeUpdate();
            }
            assertEquals(3L, AuditVerifier.verify(c).brokenSeq());
        }
    }

    /** The version just before the migration that creates the chain (numbers move when branches merge). */
    private static MigrationVersion versionBeforeTheChain(Flyway flyway) {
        MigrationVersion previous = null;
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getScript().contains("audit_chain")) {
                return previous;
            }
            previous = info.getVersion();
        }
        throw new IllegalStateException("no audit_chain migration found");
    }

    private static String name() {
        return SCRATCH.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
    }

    private static void run(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        }
    }
}
