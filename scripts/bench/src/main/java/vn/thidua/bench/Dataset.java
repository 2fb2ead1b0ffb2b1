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
    private static final List<String> TABLES = List.of("unit", "unit_name", "bloc", "term", "membership", "audit_event",
            "campaign", "registration", "registration_target", "covenant", "covenant_clause", "covenant_campaign",
            "covenant_document", "covenant_signature", "conference", "conference_attendee", "conference_agenda_item",
            "scoring_scheme", "scoring_group", "scoring_criterion", "scoring_round", "score_sheet", "score_entry", "score_review",
            "score_review_entry");
    /** The current year's registrations of the yearly campaign, by member (index % 4): mixed, as in March. */
    private static final String[] REGISTRATION_STATUSES = { "SUBMITTED", "ACCEPTED", "DRAFT", "RETURNED" };

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
            for (String table : TABLES) {
                counts.put(table, count(c, "select count(*) from " + table));
            }
            try (Statement st = c.createStatement()) {
                st.execute("analyze table " + String.join(", ", TABLES));
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
        loadYears(c, provinceId, termId, unitId, now);
        loadSchemes(c, provinceId);
        loadScores(c, provinceId);
    }

    /**
     * The year's records of every term just loaded (ids from {@code firstTerm}, {@code firstUnit}, in the
     * order {@link #loadProvince} wrote them): three campaigns (the yearly one with a registration per
     * member and two numeric targets each, a thematic one, a special period), the covenant (three clauses,
     * its plan, the yearly campaign linked, signatures) and two conferences (signing the covenant, the
     * year-end review), each with every member's delegate and three agenda items. The current year is in
     * progress: the yearly and special campaigns LAUNCHED, the thematic one a DRAFT, the registrations in
     * mixed statuses, the covenant CIRCULATED with 10 of 12 members signed (not the leader, nor the last
     * member), the signing conference HELD and the review SCHEDULED. Past years are done: campaigns
     * CLOSED, registrations ACCEPTED, the covenant SIGNED by all, both conferences' minutes signed.
     */
    private void loadYears(Connection c, long provinceId, long firstTerm, long firstUnit, Timestamp now) throws SQLException {
        long campaignId = nextId(c, "campaign");
        long registrationId = nextId(c, "registration");
        long covenantId = nextId(c, "covenant");
        long signatureId = nextId(c, "covenant_signature");
        long conferenceId = nextId(c, "conference");
        long attendeeId = nextId(c, "conference_attendee");
        long agendaId = nextId(c, "conference_agenda_item");
        try (PreparedStatement campaign = c.prepareStatement("insert into campaign (id, term_id, province_id, kind, title, theme,"
                + " targets, starts_on, ends_on, registration_deadline, decision_number, decision_date, decision_issuer,"
                + " decision_title, responds_to_id, status, launched_on, version, created_at, updated_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,null,?,?,0,?,?)");
                PreparedStatement registration = c.prepareStatement("insert into registration (id, campaign_id, unit_id, targets,"
                        + " status, submitted_on, late, return_reason, version, created_at, updated_at) values (?,?,?,?,?,?,?,?,0,?,?)");
                PreparedStatement target = c.prepareStatement("insert into registration_target (registration_id, position, name,"
                        + " target_value, unit_of_measure) values (?,?,?,?,?)");
                PreparedStatement covenant = c.prepareStatement("insert into covenant (id, term_id, title, status, signed_on,"
                        + " closed_incomplete, closed_reason, version, created_at, updated_at) values (?,?,?,?,?,false,null,0,?,?)");
                PreparedStatement clause = c.prepareStatement("insert into covenant_clause (covenant_id, position, text) values (?,?,?)");
                PreparedStatement linked = c.prepareStatement("insert into covenant_campaign (covenant_id, campaign_id) values (?,?)");
                PreparedStatement document = c.prepareStatement("insert into covenant_document (covenant_id, position, kind, title,"
                        + " adopted_on, decision_number, decision_date, decision_issuer, decision_title) values (?,0,'PLAN',?,?,?,?,?,?)");
                PreparedStatement signature = c.prepareStatement("insert into covenant_signature (id, covenant_id, unit_id,"
                        + " signer_name, signer_title, signed_on, recorded_by, version, created_at, updated_at)"
                        + " values (?,?,?,?,?,?,?,0,?,?)");
                PreparedStatement conference = c.prepareStatement("insert into conference (id, term_id, kind, title, held_on,"
                        + " start_time, venue, host_unit_id, chair_name, chair_title, chair_unit_id, secretary_name, secretary_title,"
                        + " guests, status, status_reason, version, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,null,0,?,?)");
                PreparedStatement attendee = c.prepareStatement("insert into conference_attendee (id, conference_id, position,"
                        + " unit_id, delegate_name, delegate_title, may_vote) values (?,?,?,?,?,?,true)");
                PreparedStatement agenda = c.prepareStatement("insert into conference_agenda_item (id, conference_id, position,"
                        + " title, link_kind, linked_id, outcome) values (?,?,?,?,?,?,?)")) {
            for (int b = 0; b < BLOCS; b++) {
                long blocFirstUnit = firstUnit + (long) b * UNITS_PER_BLOC;
                for (int y = 0; y < YEARS; y++) {
                    int year = LAST_YEAR - YEARS + 1 + y;
                    boolean current = year == LAST_YEAR;
                    long termRow = firstTerm + (long) b * YEARS + y;
                    Date decided = day(year, 2, 15);
                    // campaigns: yearly, thematic, special period
                    long yearly = campaignId++;
                    String[][] campaigns = {
                        { "YEARLY", "Phong trào thi đua năm " + year, current ? "LAUNCHED" : "CLOSED" },
                        { "THEMATIC", "Thi đua chuyển đổi số năm " + year, current ? "DRAFT" : "CLOSED" },
                        { "SPECIAL_PERIOD", "Đợt thi đua cao điểm 100 ngày năm " + year, current ? "LAUNCHED" : "CLOSED" } };
                    for (int k = 0; k < campaigns.length; k++) {
                        boolean draft = "DRAFT".equals(campaigns[k][2]);
                        campaign.setLong(1, yearly + k);
                        campaign.setLong(2, termRow);
                        campaign.setLong(3, provinceId);
                        campaign.setString(4, campaigns[k][0]);
                        campaign.setString(5, campaigns[k][1]);
                        campaign.setString(6, "Đoàn kết, sáng tạo, hoàn thành xuất sắc nhiệm vụ năm " + year);
                        campaign.setString(7, "Hoàn thành 100 % chỉ tiêu kế hoạch; cải cách hành chính; chuyển đổi số.");
                        campaign.setDate(8, k == 2 ? day(year, 9, 1) : day(year, 1, 1));
                        campaign.setDate(9, day(year, 12, 31));
                        campaign.setDate(10, k == 0 ? day(year, 3, 31) : null);
                        campaign.setString(11, draft ? null : (k + 10) + "/QĐ-KTĐ");
                        campaign.setDate(12, draft ? null : decided);
                        campaign.setString(13, draft ? null : "Trưởng khối thi đua");
                        campaign.setString(14, draft ? null : "Quyết định phát động " + campaigns[k][1].toLowerCase(Locale.ROOT));
                        campaign.setString(15, campaigns[k][2]);
                        campaign.setDate(16, draft ? null : decided);
                        campaign.setTimestamp(17, now);
                        campaign.setTimestamp(18, now);
                        campaign.addBatch();
                    }
                    campaignId = yearly + campaigns.length;
                    for (int u = 0; u < UNITS_PER_BLOC; u++) {
                        String status = current ? REGISTRATION_STATUSES[u % REGISTRATION_STATUSES.length] : "ACCEPTED";
                        long id = registrationId++;
                        registration.setLong(1, id);
                        registration.setLong(2, yearly);
                        registration.setLong(3, blocFirstUnit + u);
                        registration.setString(4, "Đăng ký đạt danh hiệu Tập thể lao động xuất sắc; hoàn thành vượt mức kế hoạch.");
                        registration.setString(5, status);
                        registration.setDate(6, "DRAFT".equals(status) ? null : u >= 10 ? day(year, 4, u - 5) : day(year, 3, 15 + u));
                        registration.setBoolean(7, !"DRAFT".equals(status) && u >= 10); // after the 31 March deadline
                        registration.setString(8, "RETURNED".equals(status) ? "Bổ sung chỉ tiêu định lượng về giải ngân vốn." : null);
                        registration.setTimestamp(9, now);
                        registration.setTimestamp(10, now);
                        registration.addBatch();
                        for (int t = 1; t <= 2; t++) {
                            target.setLong(1, id);
                            target.setInt(2, t - 1); // @OrderColumn: from 0
                            target.setString(3, t == 1 ? "Tỷ lệ giải ngân vốn đầu tư công" : "Hồ sơ xử lý trực tuyến");
                            target.setBigDecimal(4, java.math.BigDecimal.valueOf(t == 1 ? 95 : 1200 + u));
                            target.setString(5, t == 1 ? "%" : "hồ sơ");
                            target.addBatch();
                        }
                    }
                    // the covenant
                    long cov = covenantId++;
                    covenant.setLong(1, cov);
                    covenant.setLong(2, termRow);
                    covenant.setString(3, "Giao ước thi đua năm " + year);
                    covenant.setString(4, current ? "CIRCULATED" : "SIGNED");
                    covenant.setDate(5, current ? null : day(year, 2, 20));
                    covenant.setTimestamp(6, now);
                    covenant.setTimestamp(7, now);
                    covenant.addBatch();
                    for (int k = 1; k <= 3; k++) {
                        clause.setLong(1, cov);
                        clause.setInt(2, k - 1); // @OrderColumn: from 0
                        clause.setString(3, "Điều " + k + ". Các đơn vị thành viên cam kết thực hiện nội dung thi đua số " + k + ".");
                        clause.addBatch();
                    }
                    linked.setLong(1, cov);
                    linked.setLong(2, yearly);
                    linked.addBatch();
                    document.setLong(1, cov);
                    document.setString(2, "Kế hoạch tổ chức phong trào thi đua năm " + year);
                    document.setDate(3, day(year, 2, 20));
                    document.setString(4, "15/KH-KTĐ");
                    document.setDate(5, day(year, 2, 10));
                    document.setString(6, "Khối thi đua");
                    document.setString(7, "Kế hoạch thi đua năm " + year);
                    document.addBatch();
                    for (int u = 0; u < UNITS_PER_BLOC; u++) {
                        if (current && (u == 0 || u == UNITS_PER_BLOC - 1)) {
                            continue;
                        }
                        signature.setLong(1, signatureId++);
                        signature.setLong(2, cov);
                        signature.setLong(3, blocFirstUnit + u);
                        signature.setString(4, "Nguyễn Văn " + (char) ('A' + u));
                        signature.setString(5, "Giám đốc");
                        signature.setDate(6, day(year, 2, 20));
                        signature.setString(7, "admin.bn");
                        signature.setTimestamp(8, now);
                        signature.setTimestamp(9, now);
                        signature.addBatch();
                    }
                    // two conferences
                    for (int k = 0; k < 2; k++) {
                        long conf = conferenceId++;
                        boolean signing = k == 0;
                        conference.setLong(1, conf);
                        conference.setLong(2, termRow);
                        conference.setString(3, signing ? "COVENANT_SIGNING" : "YEAR_END_REVIEW");
                        conference.setString(4, (signing ? "Hội nghị ký kết giao ước thi đua năm " : "Hội nghị tổng kết năm ") + year);
                        conference.setDate(5, signing ? day(year, 2, 20) : day(year, 12, 20));
                        conference.setString(6, signing ? "08:00" : "14:00");
                        conference.setString(7, "Hội trường tầng 3, trụ sở đơn vị trưởng khối");
                        conference.setLong(8, blocFirstUnit);
                        conference.setString(9, "Nguyễn Văn A");
                        conference.setString(10, "Giám đốc, Trưởng khối");
                        conference.setLong(11, blocFirstUnit);
                        conference.setString(12, "Trần Thị B");
                        conference.setString(13, "Chánh Văn phòng");
                        conference.setString(14, "Đại diện Ban Thi đua - Khen thưởng tỉnh");
                        conference.setString(15, !current ? "MINUTES_SIGNED" : signing ? "HELD" : "SCHEDULED");
                        conference.setTimestamp(16, now);
                        conference.setTimestamp(17, now);
                        conference.addBatch();
                        for (int u = 0; u < UNITS_PER_BLOC; u++) {
                            attendee.setLong(1, attendeeId++);
                            attendee.setLong(2, conf);
                            attendee.setInt(3, u + 1);
                            attendee.setLong(4, blocFirstUnit + u);
                            attendee.setString(5, "Đại biểu " + (u + 1));
                            attendee.setString(6, "Phó Giám đốc");
                            attendee.addBatch();
                        }
                        String[][] items = { { "Đánh giá phong trào thi đua", "CAMPAIGN", Long.toString(yearly) },
                            { "Giao ước thi đua", "COVENANT", Long.toString(cov) }, { "Ý kiến các đơn vị", null, null } };
                        for (int i = 0; i < items.length; i++) {
                            agenda.setLong(1, agendaId++);
                            agenda.setLong(2, conf);
                            agenda.setInt(3, i + 1);
                            agenda.setString(4, items[i][0]);
                            agenda.setString(5, items[i][1]);
                            agenda.setObject(6, items[i][2] == null ? null : Long.valueOf(items[i][2]));
                            agenda.setString(7, current && !signing ? null : "Hội nghị thống nhất thông qua.");
                            agenda.addBatch();
                        }
                    }
                }
            }
            campaign.executeBatch();
            registration.executeBatch();
            target.executeBatch();
            covenant.executeBatch();
            clause.executeBatch();
            linked.executeBatch();
            document.executeBatch();
            signature.executeBatch();
            conference.executeBatch();
            attendee.executeBatch();
            agenda.executeBatch();
        }
    }

    /**
     * Every term's scoring scheme, ADOPTED at its covenant-signing conference: 5 groups (I–V) of 20
     * points, each of 8 qualitative criteria of 2.5 (40 criteria, 100 points), written set-wise in SQL.
     */
    private void loadSchemes(Connection c, long provinceId) throws SQLException {
        String numbers = "(select 1 p union all select 2 union all select 3 union all select 4 union all select 5"
                + " union all select 6 union all select 7 union all select 8)";
        try (Statement st = c.createStatement()) {
            st.executeUpdate("insert into scoring_scheme (term_id, version_no, title, total_points, status, adopted_at_id,"
                    + " adopted_on, version, created_at, updated_at) select t.id, 1, concat('Bảng chấm điểm thi đua năm ', t.year),"
                    + " 100, 'ADOPTED', c.id, c.held_on, 0, now(6), now(6) from term t join bloc b on b.id = t.bloc_id"
                    + " join conference c on c.term_id = t.id and c.kind = 'COVENANT_SIGNING'"
                    + " where b.province_id = " + provinceId + " and b.name like 'Khối bench %'"
                    + " and not exists (select 1 from scoring_scheme s where s.term_id = t.id)");
            st.executeUpdate("insert into scoring_group (scheme_id, position, code, title, max_points)"
                    + " select s.id, n.p, elt(n.p, 'I', 'II', 'III', 'IV', 'V'), elt(n.p, 'Thực hiện nhiệm vụ chính trị',"
                    + " 'Cải cách hành chính', 'Công tác thi đua, khen thưởng', 'Xây dựng tổ chức, đoàn thể', 'Công tác khác'), 20"
                    + " from scoring_scheme s join term t on t.id = s.term_id join bloc b on b.id = t.bloc_id join " + numbers
                    + " n on n.p <= 5 where b.province_id = " + provinceId + " and b.name like 'Khối bench %'"
                    + " and not exists (select 1 from scoring_group g where g.scheme_id = s.id)");
            st.executeUpdate("insert into scoring_criterion (scheme_id, group_id, position, code, title, guidance, kind, max_points,"
                    + " step, evidence_required) select g.scheme_id, g.id, n.p, concat(g.code, '.', n.p),"
                    + " concat('Tiêu chí ', g.code, '.', n.p, ' của nhóm ', g.title), 'Hoàn thành đầy đủ: 2,5 điểm; chưa đầy đủ: trừ"
                    + " 0,25 điểm mỗi nội dung', 'QUALITATIVE', 2.5, 0.25, n.p % 2 = 0 from scoring_group g"
                    + " join scoring_scheme s on s.id = g.scheme_id join term t on t.id = s.term_id join bloc b on b.id = t.bloc_id"
                    + " join " + numbers + " n where b.province_id = " + provinceId + " and b.name like 'Khối bench %'"
                    + " and not exists (select 1 from scoring_criterion x where x.group_id = g.id)");
        }
    }

    /**
     * The current year's scoring of every term just loaded, done: a round (review closed, mean of the
     * reviewers), a FINAL sheet per member with self and final points on all 40 criteria, and two
     * submitted reviews per sheet (the next two members in unit order), written set-wise in SQL.
     */
    private void loadScores(Connection c, long provinceId) throws SQLException {
        String ofProvince = " join term t on t.id = r.term_id join bloc b on b.id = t.bloc_id where b.province_id = " + provinceId
                + " and b.name like 'Khối bench %'";
        String self = "2.5 - 0.25 * ((sh.unit_id + cr.position) % 3)";
        try (Statement st = c.createStatement()) {
            st.executeUpdate("insert into scoring_round (term_id, scheme_id, status, self_deadline, aggregation, deviation_threshold, version,"
                    + " created_at, updated_at) select t.id, s.id, 'REVIEW_CLOSED', '" + LAST_YEAR + "-12-15', 'MEAN', 1, 0, now(6), now(6)"
                    + " from term t join bloc b on b.id = t.bloc_id join scoring_scheme s on s.term_id = t.id and s.status = 'ADOPTED'"
                    + " where b.province_id = " + provinceId + " and b.name like 'Khối bench %' and t.year = " + LAST_YEAR
                    + " and not exists (select 1 from scoring_round x where x.term_id = t.id)");
            // final_total 0 until the totals below (a FINAL sheet has one); self_total NULL marks the rows to total
            st.executeUpdate("insert into score_sheet (round_id, unit_id, status, submitted_at, late, final_total, disqualified, version,"
                    + " created_at, updated_at) select r.id, m.unit_id, 'FINAL', '" + LAST_YEAR + "-12-10 02:00:00', false, 0, false, 0, now(6), now(6)"
                    + " from scoring_round r join membership m on m.term_id = r.term_id" + ofProvince
                    + " and not exists (select 1 from score_sheet x where x.round_id = r.id)");
            st.executeUpdate("insert into score_entry (sheet_id, criterion_id, self_value, self_points, final_points, version)"
                    + " select sh.id, cr.id, " + self + ", " + self + ", greatest(" + self + " - 0.25 * ((sh.unit_id + cr.position) % 2), 0), 0"
                    + " from score_sheet sh join scoring_round r on r.id = sh.round_id join scoring_criterion cr on cr.scheme_id = r.scheme_id"
                    + ofProvince + " and not exists (select 1 from score_entry x where x.sheet_id = sh.id)");
            st.executeUpdate("insert into score_review (sheet_id, scored_unit_id, reviewer_unit_id, status, submitted_at, version, created_at,"
                    + " updated_at) select sh.id, sh.unit_id, nx.unit_id, 'SUBMITTED', '" + LAST_YEAR + "-12-12 02:00:00', 0, now(6), now(6)"
                    + " from (select id, round_id, unit_id, row_number() over (partition by round_id order by unit_id) rn,"
                    + " count(*) over (partition by round_id) cnt from score_sheet) sh"
                    + " join (select round_id, unit_id, row_number() over (partition by round_id order by unit_id) rn from score_sheet) nx"
                    + " on nx.round_id = sh.round_id and nx.rn in (sh.rn % sh.cnt + 1, (sh.rn + 1) % sh.cnt + 1)"
                    + " join scoring_round r on r.id = sh.round_id" + ofProvince
                    + " and not exists (select 1 from score_review x where x.sheet_id = sh.id)");
            st.executeUpdate("insert into score_review_entry (review_id, criterion_id, value, points, reason) select rv.id, e.criterion_id,"
                    + " e.final_points, e.final_points, if(e.final_points <> e.self_points, 'Đối chiếu hồ sơ minh chứng', null)"
                    + " from score_review rv join score_entry e on e.sheet_id = rv.sheet_id join score_sheet sh on sh.id = rv.sheet_id"
                    + " join scoring_round r on r.id = sh.round_id" + ofProvince
                    + " and not exists (select 1 from score_review_entry x where x.review_id = rv.id)");
            st.executeUpdate("update score_sheet sh join (select e.sheet_id, sum(e.self_points) s, sum(e.final_points) f from score_entry e"
                    + " group by e.sheet_id) x on x.sheet_id = sh.id join scoring_round r on r.id = sh.round_id join term t on t.id = r.term_id"
                    + " join bloc b on b.id = t.bloc_id set sh.self_total = x.s, sh.final_total = x.f where b.province_id = " + provinceId
                    + " and sh.self_total is null");
        }
    }

    /** The officer's own FINAL sheet in the home term. */
    long homeSheetId(long termId) throws SQLException {
        return one("select sh.id from score_sheet sh join scoring_round r on r.id = sh.round_id join unit u on u.id = sh.unit_id"
                + " where r.term_id = " + termId + " and u.code = '" + OFFICER_UNIT + "'");
    }

    /** The home term's adopted scoring scheme (5 groups × 8 criteria). */
    long homeSchemeId(long termId) throws SQLException {
        return one("select id from scoring_scheme where term_id = " + termId + " and status = 'ADOPTED'");
    }

    private static Date day(int year, int month, int day) {
        return Date.valueOf(LocalDate.of(year, month, Math.min(day, 28)));
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

    /** The home term's yearly campaign (LAUNCHED, a registration per member). */
    long homeCampaignId(long termId) throws SQLException {
        return one("select id from campaign where term_id = " + termId + " and kind = 'YEARLY'");
    }

    /** The home term's first conference (the covenant's signing, HELD, with attendance and agenda). */
    long homeConferenceId(long termId) throws SQLException {
        return one("select min(id) from conference where term_id = " + termId);
    }

    private long one(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            long id = count(c, sql);
            if (id == 0) {
                throw new IllegalStateException("the dataset has no row for: " + sql);
            }
            return id;
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
