package vn.thidua.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Names stored before the abbreviation-aware search form get it from the migration, computed by the
 * same {@link SearchText#index} the application writes with. Runs Flyway on a scratch database.
 */
class SearchMigrationTest {

    private static final String TEST_DB = System.getenv().getOrDefault("TEST_DB_URL",
            "jdbc:mariadb://127.0.0.1:3306/thidua_test");
    private static final String SCRATCH = TEST_DB.replaceFirst("(/[^/?]+)(\\?.*)?$", "$1_search");
    private static final String SERVER = TEST_DB.replaceFirst("/[^/?]+(\\?.*)?$", "/");
    private static final String USER = "thidua";
    private static final String PASSWORD = "thidua";

    @AfterEach
    void dropScratch() throws SQLException {
        run(SERVER, "drop database if exists " + name());
    }

    @Test
    void storedNamesAreReindexedWithTheirAbbreviations() throws SQLException {
        run(SERVER, "create database if not exists " + name());
        Flyway flyway = Flyway.configure().dataSource(SCRATCH, USER, PASSWORD).locations("classpath:db/migration")
                .cleanDisabled(false).load();
        flyway.clean();
        Flyway.configure().configuration(flyway.getConfiguration()).target(versionBeforeTheSearchForm(flyway)).load()
                .migrate();
        String name = "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn";
        String shortName = "Ban QLDA đầu tư xây dựng công trình NN&PTNT";
        String bloc = "Khối thi đua Kinh tế – Kỹ thuật";
        try (Connection c = DriverManager.getConnection(SCRATCH, USER, PASSWORD); Statement s = c.createStatement()) {
            s.executeUpdate("insert into unit (code, name, kind, active_from, province_id, created_at, updated_at)"
                    + " select 'BKN.BQLDA.NN', '" + name + "', 'BAN', '2016-01-01', id, now(6), now(6) from province"
                    + " where code = '06'");
            s.executeUpdate("insert into unit_name (unit_id, name, short_name, name_search, valid_from) select id, name, '"
                    + shortName + "', 'old', '2016-01-01' from unit");
            s.executeUpdate("insert into bloc (province_id, name, name_search, kind, status, created_at, updated_at)"
                    + " select id, '" + bloc + "', 'old', 'KHOI', 'ACTIVE', now(6), now(6) from province where code = '06'");
        }
        flyway.migrate();
        try (Connection c = DriverManager.getConnection(SCRATCH, USER, PASSWORD); Statement s = c.createStatement()) {
            assertEquals(SearchText.index(name, shortName), single(s, "select name_search from unit_name"));
            assertEquals(SearchText.index(bloc, null), single(s, "select name_search from bloc"));
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The version just before the search-form migration (numbers move when branches merge). */
    private static MigrationVersion versionBeforeTheSearchForm(Flyway flyway) {
        MigrationVersion previous = null;
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getScript().contains("search_with_abbreviations")) {
                return previous;
            }
            previous = info.getVersion();
        }
        throw new IllegalStateException("no search_with_abbreviations migration found");
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
