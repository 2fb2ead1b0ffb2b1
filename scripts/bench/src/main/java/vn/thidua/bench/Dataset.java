package vn.thidua.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's data, written straight into the schema Flyway made (fast: explicit ids, JDBC batches).
 * Per province: {@link #BLOCS} blocs × {@link #UNITS_PER_BLOC} units, each bloc with a term for each of
 * {@link #YEARS} years (2016–2025) whose members are the bloc's units (a LEADER, a DEPUTY, the rest
 * MEMBER). "home" loads the home province only (27 Bắc Ninh: user admin.bn, officer bn.qdtpt whose
 * unit BNH.QDTPT is the first unit of the first bloc); "national" adds every other province active
 * today (34 in all). Loading is idempotent per province. Extend it with each new feature's rows
 * (scores, votes) so that the national measurement keeps covering every table.
 */
final class Dataset {

    static final String HOME_PROVINCE = "27";
    static final String OFFICER_UNIT = "BNH.QDTPT";
    static final int BLOCS = 15;
    static final int UNITS_PER_BLOC = 12;
    static final int YEARS = 10;
    static final int LAST_YEAR = 2025;
    private static final String[] KINDS = { "SO", "BAN", "QUY", "CUC", "HOI", "KHAC" };

    private final String url;
    private final String user;
    private final String password;

    Dataset(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Loads the home province ("home") or every active province ("national"); returns the row counts. */
    Map<String, Long> load(String scope, int provinceLimit) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            List<long[]> provinces = new ArrayList<>();
            String sql = "home".equals(scope)
                    ? "select id, code from province where code = '" + HOME_PROVINCE + "'"
                    : "select id, code from province where active_to is null order by code <> '" + HOME_PROVINCE
                            + "', code";
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next() && provinces.size() < provinceLimit) {
                    provinces.add(new long[] { rs.getLong(1), Long.parseLong(rs.getString(2)) });
                }
            }
            for (long[] p : provinces) {
                if (count(c, "select count(*) from bloc where province_id = " + p[0] + " and name like 'Khối bench %'") == 0) {
                    loadProvince(c, p[0], String.format("%02d", p[1]));
                    c.commit();
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : List.of("unit", "unit_name", "bloc", "term", "membership", "audit_event")) {
                counts.put(table, count(c, "select count(*) from " + table));
            }
            try (Statement st = c.createStatement()) {
                st.execute("analyze table unit, unit_name, bloc, term, membership, audit_event");
            }
            return counts;
        }
    }

    private void loadProvince(Connection c, long provinceId, String provinceCode) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        long unitId = nextId(c, "unit");
        long nameId = nextId(c, "unit_name");
        long blocId = nextId(c, "bloc");
        long termId = nextId(c, "term");
        long membershipId = nextId(c, "membership");
        try (PreparedStatement unit = c.prepareStatement("insert into unit (id, province_id, code, name, short_name, kind,"
                + " active_from, active_to, version, created_at, updated_at) values (?,?,?,?,?,?,?,null,0,?,?)");
                PreparedStatement name = c.prepareStatement("insert into unit_name (id, unit_id, name, short_name,"
                        + " name_search, valid_from) values (?,?,?,?,?,?)");
                PreparedStatement bloc = c.prepareStatement("insert into bloc (id, province_id, name, name_search, kind,"
                        + " status, version, created_at, updated_at) values (?,?,?,?,?,'ACTIVE',0,?,?)");
                PreparedStatement term = c.prepareStatement("insert into term (id, bloc_id, year, status, leader_selection,"
                        + " quorum_numerator, quorum_denominator, winning_threshold_percent, winning_threshold_inclusive,"
                        + " winning_threshold_base, flag_quota, certificate_quota, version, created_at, updated_at)"
                        + " values (?,?,?,?,'ELECTION',2,3,50.00,true,'VALID_BALLOTS',1,3,0,?,?)");
                PreparedStatement member = c.prepareStatement("insert into membership (id, term_id, unit_id, term_year,"
                        + " bloc_kind, role, joined_on, version, created_at, updated_at) values (?,?,?,?,?,?,?,0,?,?)")) {
            Date from = Date.valueOf(LocalDate.of(2010, 1, 1));
            for (int b = 0; b < BLOCS; b++) {
                long blocRow = blocId + b;
                String blocKind = b % 3 == 2 ? "CUM" : "KHOI";
                String blocName = String.format("Khối bench %02d tỉnh %s", b + 1, provinceCode);
                bloc.setLong(1, blocRow);
                bloc.setLong(2, provinceId);
                bloc.setString(3, blocName);
                bloc.setString(4, fold(blocName));
                bloc.setString(5, blocKind);
                bloc.setTimestamp(6, now);
                bloc.setTimestamp(7, now);
                bloc.addBatch();
                long firstUnit = unitId + (long) b * UNITS_PER_BLOC;
                for (int u = 0; u < UNITS_PER_BLOC; u++) {
                    long id = firstUnit + u;
                    boolean officer = HOME_PROVINCE.equals(provinceCode) && b == 0 && u == 0;
                    String code = officer ? OFFICER_UNIT : String.format("P%s.B%02d.U%02d", provinceCode, b + 1, u + 1);
                    String unitName = officer ? "Quỹ Đầu tư phát triển tỉnh Bắc Ninh"
                            : String.format("Sở Đơn vị %02d-%02d tỉnh %s", b + 1, u + 1, provinceCode);
                    unit.setLong(1, id);
                    unit.setLong(2, provinceId);
                    unit.setString(3, code);
                    unit.setString(4, unitName);
                    unit.setString(5, null);
                    unit.setString(6, KINDS[u % KINDS.length]);
                    unit.setDate(7, from);
                    unit.setTimestamp(8, now);
                    unit.setTimestamp(9, now);
                    unit.addBatch();
                    name.setLong(1, nameId++);
                    name.setLong(2, id);
                    name.setString(3, unitName);
                    name.setString(4, null);
                    name.setString(5, fold(unitName));
                    name.setDate(6, from);
                    name.addBatch();
                }
                for (int y = 0; y < YEARS; y++) {
                    int year = LAST_YEAR - YEARS + 1 + y;
                    long termRow = termId + (long) b * YEARS + y;
                    term.setLong(1, termRow);
                    term.setLong(2, blocRow);
                    term.setInt(3, year);
                    term.setString(4, year == LAST_YEAR ? "ACTIVE" : "CLOSED");
                    term.setTimestamp(5, now);
                    term.setTimestamp(6, now);
                    term.addBatch();
                    for (int u = 0; u < UNITS_PER_BLOC; u++) {
                        member.setLong(1, membershipId++);
                        member.setLong(2, termRow);
                        member.setLong(3, firstUnit + u);
                        member.setInt(4, year);
                        member.setString(5, blocKind);
                        member.setString(6, u == 0 ? "LEADER" : u == 1 ? "DEPUTY" : "MEMBER");
                        member.setDate(7, Date.valueOf(LocalDate.of(year, 1, 1)));
                        member.setTimestamp(8, now);
                        member.setTimestamp(9, now);
                        member.addBatch();
                    }
                }
            }
            // Parents first (foreign keys).
            unit.executeBatch();
            name.executeBatch();
            bloc.executeBatch();
            term.executeBatch();
            member.executeBatch();
        }
    }

    /** Removes the units the write measurements created (their audit events stay: the chain is append-only). */
    void removeBenchUnits() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.executeUpdate("delete n from unit_name n join unit u on u.id = n.unit_id where u.code like 'BENCH.%'");
            st.executeUpdate("delete from unit where code like 'BENCH.%'");
        }
    }

    /** The home province's current term that the officer's unit belongs to (measured by every term endpoint). */
    long homeTermId() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select m.term_id from membership m join unit u on u.id = m.unit_id"
                        + " where u.code = '" + OFFICER_UNIT + "' and m.term_year = " + LAST_YEAR)) {
            if (!rs.next()) {
                throw new IllegalStateException("the dataset has no " + LAST_YEAR + " term of " + OFFICER_UNIT);
            }
            return rs.getLong(1);
        }
    }

    private static long nextId(Connection c, String table) throws SQLException {
        return count(c, "select coalesce(max(id), 0) + 1 from " + table);
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** As the backend's SearchText.fold: "Sở Xây dựng" → "so xay dung". */
    static String fold(String text) {
        String replaced = text.replace('Đ', 'D').replace('đ', 'd');
        return Normalizer.normalize(replaced, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
