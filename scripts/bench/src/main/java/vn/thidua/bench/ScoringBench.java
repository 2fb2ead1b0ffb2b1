package vn.thidua.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Issue 11's figure: a bloc of 15 units scoring 40 criteria, each sheet reviewed by two others, made
 * through the API (units, bloc, term, scheme adopted at a held conference, scoring opened, every sheet
 * self-scored and submitted, reviewers by round robin, every review scored and submitted, the review
 * closed); then, {@code runs} times, the sheets are put back under review in SQL and consolidated by
 * one {@code POST /scoring-rounds/{id}/consolidation} — timed — beside a JDBC transaction that reads
 * the same entries and reviews and writes the same final points and totals. When the ranking endpoint
 * exists, the ranking's computation is timed after each consolidation.
 */
final class ScoringBench {

    static final int UNITS = 15;
    static final int GROUPS = 5;
    static final int PER_GROUP = 8;

    record Result(List<Double> consolidateMs, List<Double> jdbcMs, List<Double> rankMs, long roundId, int sheets, int criteria) {
    }

    private final BenchApi http;
    private final String db;
    private final String dbUser;
    private final String dbPassword;

    ScoringBench(String api, Function<String, String> tokens, String admin, String db, String dbUser, String dbPassword) {
        this.http = new BenchApi(api, tokens, admin, "scoring bench");
        this.db = db;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    Result run(long provinceId, String runId, int runs) throws Exception {
        long round = prepare(provinceId, runId);
        List<Double> consolidate = new ArrayList<>();
        List<Double> jdbc = new ArrayList<>();
        List<Double> rank = new ArrayList<>();
        boolean ranking = true;
        for (int r = 0; r < runs; r++) {
            reset(round);
            String etag = http.send("GET", "/api/v1/scoring-rounds/" + round, null, null).etag();
            long t0 = System.nanoTime();
            BenchApi.Answer done = http.send("POST", "/api/v1/scoring-rounds/" + round + "/consolidation", null, etag);
            consolidate.add((System.nanoTime() - t0) / 1e6);
            http.require(done, 200, "consolidation");
            jdbc.add(jdbcConsolidation(round));
            if (ranking) {
                finalizeAll(round);
                long t1 = System.nanoTime();
                BenchApi.Answer ranked = http.send("POST", "/api/v1/scoring-rounds/" + round + "/ranking", null, null);
                if (ranked.status() == 404 || ranked.status() == 405) {
                    ranking = false; // no ranking endpoint in this build
                } else {
                    rank.add((System.nanoTime() - t1) / 1e6);
                    http.require(ranked, ranked.status() == 201 ? 201 : 200, "ranking");
                }
            }
        }
        return new Result(consolidate, jdbc, rank, round, UNITS, GROUPS * PER_GROUP);
    }

    // ── the bloc's year through the API ─────────────────────────────────────────────────────

    private long prepare(long provinceId, String runId) throws Exception {
        List<Long> units = new ArrayList<>();
        for (int i = 1; i <= UNITS; i++) {
            String code = "SC" + runId + "." + i;
            units.add(http.create("/api/v1/units", Json.createObjectBuilder().add("code", code).add("name", "Sở chấm điểm bench " + i)
                    .add("kind", "SO").add("activeFrom", "2016-01-01").add("provinceId", provinceId).build().toString()));
        }
        long bloc = http.create("/api/v1/blocs", Json.createObjectBuilder().add("name", "Khối chấm điểm bench " + runId)
                .add("kind", "KHOI").add("provinceId", provinceId).build().toString());
        long term = http.create("/api/v1/terms", "{\"blocId\":" + bloc + ",\"year\":2025}");
        for (int i = 0; i < units.size(); i++) {
            String role = i == 0 ? "LEADER" : i == 1 ? "DEPUTY" : "MEMBER";
            http.require(http.send("POST", "/api/v1/terms/" + term + "/memberships", "{\"unitId\":" + units.get(i) + ",\"role\":\"" + role + "\"}", null),
                    201, "membership");
        }
        long scheme = http.create("/api/v1/terms/" + term + "/schemes", schemeBody());
        long conference = http.create("/api/v1/terms/" + term + "/conferences", "{\"kind\":\"MID_YEAR_REVIEW\",\"title\":\"Hội nghị"
                + " thông qua tiêu chí\",\"heldOn\":\"2025-03-20\",\"venue\":\"Hội trường\",\"chairName\":\"Bà Nguyễn Thị Bench\","
                + "\"chairTitle\":\"Giám đốc\"}");
        StringBuilder attendees = new StringBuilder("{\"attendees\":[");
        for (int i = 0; i < units.size(); i++) {
            attendees.append(i == 0 ? "" : ",").append("{\"unitId\":").append(units.get(i)).append(",\"delegateName\":\"Đại biểu ")
                    .append(i + 1).append("\",\"mayVote\":true}");
        }
        http.put("/api/v1/conferences/" + conference + "/attendance", attendees.append("]}").toString());
        http.post("/api/v1/conferences/" + conference + "/status", "{\"status\":\"HELD\"}");
        http.post("/api/v1/schemes/" + scheme + "/status", "{\"status\":\"ADOPTED\",\"conferenceId\":" + conference + "}");
        long round = http.create("/api/v1/terms/" + term + "/scoring",
                "{\"selfDeadline\":\"2025-12-15\",\"aggregation\":\"MEAN\",\"deviationThreshold\":1}");
        JsonObject first = http.send("GET", "/api/v1/scoring-rounds/" + round, null, null).json();
        List<Long> criteria = new ArrayList<>();
        List<Long> sheets = first.getJsonArray("sheets").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        http.send("GET", "/api/v1/sheets/" + sheets.get(0), null, null).json().getJsonArray("groups").forEach(g -> g.asJsonObject()
                .getJsonArray("criteria").forEach(c -> criteria.add(c.asJsonObject().getJsonNumber("criterionId").longValue())));
        for (int s = 0; s < sheets.size(); s++) {
            http.put("/api/v1/sheets/" + sheets.get(s) + "/self-scores", cells(criteria, s, 0, false));
            http.post("/api/v1/sheets/" + sheets.get(s) + "/status", "{\"status\":\"SELF_SUBMITTED\"}");
        }
        http.put("/api/v1/scoring-rounds/" + round + "/reviewers", "{\"mode\":\"ROUND_ROBIN\",\"reviewersPerSheet\":2}");
        http.post("/api/v1/scoring-rounds/" + round + "/status", "{\"status\":\"REVIEWING\"}");
        for (int s = 0; s < sheets.size(); s++) {
            JsonObject sheet = http.send("GET", "/api/v1/sheets/" + sheets.get(s), null, null).json();
            int k = 0;
            for (JsonValue reviewer : sheet.getJsonArray("reviewers")) {
                long review = reviewer.asJsonObject().getJsonNumber("reviewId").longValue();
                String base = "/api/v1/sheets/" + sheets.get(s) + "/reviews/" + review;
                http.put(base + "/scores", cells(criteria, s, ++k, true), "/api/v1/sheets/" + sheets.get(s));
                http.post(base + "/submission", null, "/api/v1/sheets/" + sheets.get(s));
            }
        }
        http.post("/api/v1/scoring-rounds/" + round + "/status", "{\"status\":\"REVIEW_CLOSED\"}");
        return round;
    }

    /** 5 groups of 20 points, each of 8 qualitative criteria of 2.5 on the 0.25 step (100 points). */
    private static String schemeBody() {
        StringBuilder b = new StringBuilder("{\"title\":\"Thang điểm bench 15 × 40\",\"totalPoints\":100,\"groups\":[");
        for (int g = 1; g <= GROUPS; g++) {
            b.append(g == 1 ? "" : ",").append("{\"code\":\"G").append(g).append("\",\"title\":\"Nhóm ").append(g)
                    .append("\",\"maxPoints\":20,\"criteria\":[");
            for (int c = 1; c <= PER_GROUP; c++) {
                b.append(c == 1 ? "" : ",").append("{\"code\":\"").append(g).append('.').append(c).append("\",\"title\":\"Tiêu chí ")
                        .append(g).append('.').append(c).append("\",\"kind\":\"QUALITATIVE\",\"maxPoints\":2.5,\"step\":0.25}");
            }
            b.append("]}");
        }
        return b.append("]}").toString();
    }

    /** Every criterion's value for sheet {@code s}: the self-score, or a reviewer's ({@code k} = 1, 2) with a reason. */
    private static String cells(List<Long> criteria, int s, int k, boolean reason) {
        StringBuilder b = new StringBuilder("{\"cells\":[");
        for (int i = 0; i < criteria.size(); i++) {
            double self = 2.5 - 0.25 * ((s + i) % 4);
            double value = k == 0 ? self : Math.max(0, self - 0.25 * ((s + i + k) % 2));
            b.append(i == 0 ? "" : ",").append("{\"criterionId\":").append(criteria.get(i)).append(",\"value\":").append(value);
            if (reason) {
                b.append(",\"comment\":\"Đối chiếu hồ sơ minh chứng\"");
            }
            b.append('}');
        }
        return b.append("]}").toString();
    }

    // ── resets and the baseline ─────────────────────────────────────────────────────────────

    /** The round's sheets back under review, their finals gone (what consolidation starts from). */
    private void reset(long round) throws Exception {
        try (Connection c = DriverManager.getConnection(db, dbUser, dbPassword); Statement st = c.createStatement()) {
            st.executeUpdate("update score_entry e join score_sheet s on s.id = e.sheet_id set e.final_points = null where s.round_id = " + round);
            st.executeUpdate("update score_sheet set status = 'IN_REVIEW', final_total = null, disqualified = false where round_id = " + round);
            st.executeUpdate("delete from ranking where round_id = " + round); // when rankings exist; harmless otherwise
        } catch (java.sql.SQLSyntaxErrorException noRankingTable) {
            // an older schema without rankings: the sheets are reset
        }
    }

    private void finalizeAll(long round) throws Exception {
        http.post("/api/v1/scoring-rounds/" + round + "/finalization", null);
    }

    /** The same reads and writes as a consolidation, in one JDBC transaction: milliseconds. */
    private double jdbcConsolidation(long round) throws Exception {
        try (Connection c = DriverManager.getConnection(db, dbUser, dbPassword)) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            List<long[]> entries = new ArrayList<>();
            try (PreparedStatement read = c.prepareStatement("select e.id, e.sheet_id, avg(v.points) from score_entry e"
                    + " join score_sheet s on s.id = e.sheet_id join score_review r on r.sheet_id = s.id"
                    + " join score_review_entry v on v.review_id = r.id and v.criterion_id = e.criterion_id"
                    + " where s.round_id = ? group by e.id, e.sheet_id")) {
                read.setLong(1, round);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new long[] { rs.getLong(1), rs.getLong(2), Math.round(rs.getDouble(3) * 100) });
                    }
                }
            }
            try (PreparedStatement write = c.prepareStatement("update score_entry set final_points = ? where id = ?")) {
                for (long[] e : entries) {
                    write.setBigDecimal(1, java.math.BigDecimal.valueOf(e[2], 2));
                    write.setLong(2, e[0]);
                    write.addBatch();
                }
                write.executeBatch();
            }
            try (PreparedStatement sheets = c.prepareStatement("update score_sheet s set status = 'CONSOLIDATED', final_total ="
                    + " (select sum(final_points) from score_entry e where e.sheet_id = s.id) where s.round_id = ?")) {
                sheets.setLong(1, round);
                sheets.executeUpdate();
            }
            c.commit();
            return (System.nanoTime() - t0) / 1e6;
        }
    }
}
