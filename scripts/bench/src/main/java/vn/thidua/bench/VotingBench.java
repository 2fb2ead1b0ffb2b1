package vn.thidua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;


/**
 * Issue 12's figure: every member unit of several blocs casting its secret ballot in the same second.
 * Made through the API: {@code units} units in blocs of 15 (the last one smaller), each bloc's term with
 * its leader and deputy, a held year-end conference where every member may vote, a secret election of
 * leader and deputy among all members, opened by the bloc's leader; an officer per unit (Keycloak admin
 * API) with its token. Each bloc holds two votes: a first gate on an open vote (kind OTHER) warms the
 * cast path and is timed apart; then, on the election, every officer waits at one gate and casts at once, each with its own
 * Idempotency-Key; afterwards some retry with the same key (must be answered with the first answer, not
 * counted again) and some cast a second ballot with a new key (must be refused 409). The rounds are
 * closed and tallied through the API, and the register, the ballot box and the tally are counted:
 * lost = expected − counted, double = counted − distinct units. Beside it, in the same run, the same
 * number of JDBC transactions at once over a pool of the backend's size, each writing what a cast
 * writes (the register row, the ballot row, the audit event on the hash chain).
 */
final class VotingBench {

    static final int BLOC = 15;

    record Result(int units, int blocs, double warmMs, double gateMs, List<Double> castMs, int accepted, int otherStatus, int counted,
                  int registered, int tallied, int distinct, int replayed, int retries, int refusedSecond,
                  List<Double> jdbcMs, double jdbcWallMs, String example) {

        int lost() {
            return units - counted;
        }

        int doubled() {
            return counted - distinct;
        }
    }

    private final BenchApi api;
    private final Function<String, String> tokens;
    private final String apiUrl;
    private final BenchOfficers officers;
    private final String db;
    private final String dbUser;
    private final String dbPassword;
    /** Its default executor's threads are daemons: a finished run's JVM exits (a fixed pool of its own kept it alive). */
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    VotingBench(String apiUrl, Function<String, String> tokens, String admin, BenchOfficers officers, String db, String dbUser,
                String dbPassword) {
        this.api = new BenchApi(apiUrl, tokens, admin, "voting bench");
        this.tokens = tokens;
        this.apiUrl = apiUrl;
        this.officers = officers;
        this.db = db;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    Result run(long provinceId, String provinceCode, String runId, int units) throws Exception {
        List<Long> unitIds = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= units; i++) {
            String code = "VB" + runId + "." + i;
            codes.add(code);
            unitIds.add(api.create("/api/v1/units", Json.createObjectBuilder().add("code", code).add("name", "Sở bỏ phiếu bench " + i)
                    .add("kind", "SO").add("activeFrom", "2016-01-01").add("provinceId", provinceId).build().toString()));
        }
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= units; i++) {
            usernames.add("bench.voter." + i);
        }
        officers.shape(usernames, codes, provinceCode);
        List<String> tokens = usernames.stream().map(this.tokens).toList();

        // blocs of 15: [from, to) of the units; each bloc's vote and its leader's token
        List<int[]> blocs = new ArrayList<>();
        for (int from = 0; from < units; from += BLOC) {
            blocs.add(new int[] { from, Math.min(units, from + BLOC) });
        }
        long[][] votes = new long[2][blocs.size()]; // [0] the warm-up gate (the cast path's first use), [1] the measured one
        for (int b = 0; b < blocs.size(); b++) {
            int from = blocs.get(b)[0];
            int to = blocs.get(b)[1];
            long bloc = api.create("/api/v1/blocs", Json.createObjectBuilder().add("name", "Khối bỏ phiếu bench " + runId + "." + (b + 1))
                    .add("kind", "KHOI").add("provinceId", provinceId).build().toString());
            long term = api.create("/api/v1/terms", "{\"blocId\":" + bloc + ",\"year\":2025}");
            for (int i = from; i < to; i++) {
                String role = i == from ? "LEADER" : i == from + 1 ? "DEPUTY" : "MEMBER";
                api.require(api.send("POST", "/api/v1/terms/" + term + "/memberships", "{\"unitId\":" + unitIds.get(i)
                        + ",\"role\":\"" + role + "\"}", null), 201, "membership");
            }
            long conference = api.create("/api/v1/terms/" + term + "/conferences", "{\"kind\":\"YEAR_END_REVIEW\",\"title\":\"Hội nghị"
                    + " tổng kết năm 2025\",\"heldOn\":\"2025-12-20\",\"venue\":\"Hội trường\",\"chairName\":\"Ông Trần Văn Bench\","
                    + "\"chairTitle\":\"Giám đốc\"}");
            StringBuilder attendees = new StringBuilder("{\"attendees\":[");
            for (int i = from; i < to; i++) {
                attendees.append(i == from ? "" : ",").append("{\"unitId\":").append(unitIds.get(i)).append(",\"delegateName\":\"Đại biểu ")
                        .append(i + 1).append("\",\"mayVote\":true}");
            }
            api.put("/api/v1/conferences/" + conference + "/attendance", attendees.append("]}").toString());
            api.post("/api/v1/conferences/" + conference + "/status", "{\"status\":\"HELD\"}");
            BenchApi chair = api.as(usernames.get(from));
            StringBuilder candidates = new StringBuilder("[");
            for (int i = from; i < to; i++) {
                candidates.append(i == from ? "" : ",").append(unitIds.get(i));
            }
            candidates.append("]");
            for (int pass = 0; pass < 2; pass++) {
                votes[pass][b] = chair.create("/api/v1/terms/" + term + "/votes", "{\"title\":\"" + (pass == 0 ? "Biểu quyết thử" : "Bầu Trưởng"
                        + " khối, Phó trưởng khối năm 2026") + "\",\"conferenceId\":" + conference + ",\"kind\":\"" + (pass == 0 ? "OTHER\",\"seats\":1"
                        : "LEADER_ELECTION\",\"leadershipSeats\":\"LEADER_AND_DEPUTY\"") + ",\"method\":\"SECRET\",\"candidateUnitIds\":" + candidates + "}");
                chair.post("/api/v1/votes/" + votes[pass][b] + "/status", "{\"status\":\"OPEN\"}");
            }
        }

        // every officer at one gate, then all cast at once
        int[] blocOf = new int[units];
        for (int b = 0; b < blocs.size(); b++) {
            Arrays.fill(blocOf, blocs.get(b)[0], blocs.get(b)[1], b);
        }
        SecureRandom random = new SecureRandom();
        String[] keys = keys(units, random);
        List<Double> castMs = new ArrayList<>();
        int[] statuses = new int[2];
        double warmMs;
        double gateMs;
        ExecutorService pool = Executors.newFixedThreadPool(units);
        try {
            warmMs = gate(pool, tokens, votes[0], blocs, blocOf, unitIds, keys(units, random), new ArrayList<>(), new int[2]);
            gateMs = gate(pool, tokens, votes[1], blocs, blocOf, unitIds, keys, castMs, statuses);
        } finally {
            pool.shutdownNow();
        }
        int accepted = statuses[0];
        int other = statuses[1];
        String example = null;

        // retries with the same key (the first answer again), second ballots with a new key (409)
        int retries = Math.max(1, units / 10);
        int replayed = 0;
        int refused = 0;
        for (int i = 0; i < retries; i++) {
            int u = i * (units / retries);
            HttpResponse<String> again = http.send(cast(tokens.get(u), votes[1][blocOf[u]], unitIds.get(choice(blocs.get(blocOf[u]), u)), keys[u]),
                    HttpResponse.BodyHandlers.ofString());
            if ("true".equals(again.headers().firstValue("Idempotent-Replayed").orElse(null)) && again.statusCode() / 100 == 2) {
                replayed++;
            }
            HttpResponse<String> second = http.send(cast(tokens.get(u), votes[1][blocOf[u]], unitIds.get(blocs.get(blocOf[u])[0]),
                    keys[u] + "-second"), HttpResponse.BodyHandlers.ofString());
            if (second.statusCode() == 409) {
                refused++;
            } else if (example == null) {
                example = "a second ballot answered " + second.statusCode() + ": " + second.body();
            }
        }

        // the stored truth: register, box, and the tally through the API
        int registered = 0;
        int counted = 0;
        int distinct = 0;
        try (Connection c = DriverManager.getConnection(db, dbUser, dbPassword)) {
            for (long vote : votes[1]) {
                registered += count(c, "select count(*) from vote_register g join vote_round r on r.id = g.round_id where r.vote_id = ?", vote);
                counted += count(c, "select count(*) from vote_ballot b join vote_round r on r.id = b.round_id where r.vote_id = ?", vote);
                distinct += count(c, "select count(distinct g.unit_id) from vote_register g join vote_round r on r.id = g.round_id"
                        + " where r.vote_id = ?", vote);
            }
        }
        int tallied = 0;
        for (int b = 0; b < blocs.size(); b++) {
            BenchApi chair = api.as(usernames.get(blocs.get(b)[0]));
            chair.post("/api/v1/votes/" + votes[1][b] + "/status", "{\"status\":\"CLOSED\"}");
            chair.post("/api/v1/votes/" + votes[1][b] + "/status", "{\"status\":\"TALLIED\"}");
            JsonObject read = chair.send("GET", "/api/v1/votes/" + votes[1][b], null, null).json();
            JsonObject round = read.getJsonArray("rounds").getJsonObject(0);
            tallied += round.containsKey("ballotsReceived") && round.get("ballotsReceived").getValueType() == JsonValue.ValueType.NUMBER
                    ? round.getInt("ballotsReceived") : 0;
        }
        JdbcReplay.Gate baseline = jdbc(units, provinceId);
        return new Result(units, blocs.size(), warmMs, gateMs, castMs, accepted, other, counted, registered, tallied, distinct, replayed, retries,
                refused, baseline.ms(), baseline.wallMs(), example);
    }

    /** Every officer at one gate, then all cast at once: the wall time from the gate to the last answer. */
    private double gate(ExecutorService pool, List<String> tokens, long[] votes, List<int[]> blocs, int[] blocOf, List<Long> unitIds,
                        String[] keys, List<Double> castMs, int[] statuses) throws Exception {
        int units = keys.length;
        CountDownLatch ready = new CountDownLatch(units);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<long[]>> casts = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            int u = i;
            casts.add(pool.submit(() -> {
                HttpRequest request = cast(tokens.get(u), votes[blocOf[u]], unitIds.get(choice(blocs.get(blocOf[u]), u)), keys[u]);
                ready.countDown();
                gate.await();
                long t0 = System.nanoTime();
                HttpResponse<String> res = http.send(request, HttpResponse.BodyHandlers.ofString());
                return new long[] { System.nanoTime() - t0, res.statusCode(), System.nanoTime() };
            }));
        }
        ready.await();
        long opened = System.nanoTime();
        gate.countDown();
        long last = opened;
        for (Future<long[]> f : casts) {
            long[] r = f.get();
            castMs.add(r[0] / 1e6);
            last = Math.max(last, r[2]);
            statuses[r[1] / 100 == 2 ? 0 : 1]++;
        }
        return (last - opened) / 1e6;
    }

    private static String[] keys(int units, SecureRandom random) {
        String[] keys = new String[units];
        for (int i = 0; i < units; i++) {
            keys[i] = "bench-" + i + "-" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
        }
        return keys;
    }

    /** Each unit marks the next member after itself (its bloc's own order), so every candidate has votes. */
    private static int choice(int[] bloc, int u) {
        return bloc[0] + (u - bloc[0] + 1) % (bloc[1] - bloc[0]);
    }

    private HttpRequest cast(String token, long vote, long unit, String key) {
        return HttpRequest.newBuilder(URI.create(apiUrl + "/api/v1/votes/" + vote + "/ballots")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString("{\"round\":1,\"choices\":[" + unit + "]}")).build();
    }

    /**
     * The database's own speed for the same writes: {@code n} transactions at one gate over a pool of 16
     * (the backend's), each writing what a cast writes — a register row and a ballot row, into scratch
     * copies of the two tables (same columns and keys, no foreign keys to the bench data), and an audit
     * event appended to the real hash chain as the backend appends it (its head locked until the commit)
     * — then committing.
     */
    private JdbcReplay.Gate jdbc(int n, long provinceId) throws Exception {
        try (JdbcReplay replay = new JdbcReplay(db, dbUser, dbPassword, 16)) {
            replay.execute("create or replace table bench_vote_register (id bigint not null primary key, round_id bigint not null,"
                    + " unit_id bigint not null, cast_by varchar(100) not null, cast_by_name varchar(200) not null,"
                    + " delegate_name varchar(200), delegate_title varchar(300), unique key (round_id, unit_id))",
                    "create or replace table bench_vote_ballot (id bigint not null primary key, round_id bigint not null,"
                    + " receipt char(16) not null, choices varchar(2000) not null, voter_unit_id bigint, unique key (round_id, receipt))");
            SecureRandom random = new SecureRandom();
            try {
                return replay.atOnce(n, (u, c) -> {
                    try (PreparedStatement reg = c.prepareStatement("insert into bench_vote_register values (?, ?, ?, ?, ?, ?, null)");
                         PreparedStatement box = c.prepareStatement("insert into bench_vote_ballot values (?, ?, ?, ?, null)")) {
                        reg.setLong(1, random.nextLong());
                        reg.setLong(2, u / BLOC);
                        reg.setLong(3, u);
                        reg.setString(4, "bench.voter." + u);
                        reg.setString(5, "Cán bộ Bench");
                        reg.setString(6, "Đại biểu " + u);
                        reg.executeUpdate();
                        box.setLong(1, random.nextLong());
                        box.setLong(2, u / BLOC);
                        box.setString(3, Long.toString(random.nextLong() & Long.MAX_VALUE, 36).toUpperCase());
                        box.setString(4, Long.toString(u + 1));
                        box.executeUpdate();
                    }
                    JdbcReplay.audit(c, "bench.voter." + u, "UPDATE", "Vote", u / BLOC, provinceId, "{\"unit\":" + u + "}");
                });
            } finally {
                replay.execute("drop table bench_vote_register, bench_vote_ballot");
            }
        }
    }

    private static int count(Connection c, String sql, long id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
