package vn.thidua.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark (scripts/bench.sh starts the servers and calls this): loads the dataset, warms up,
 * captures each endpoint's SQL, then for {@code rounds} rounds measures every variant of every endpoint
 * one after the other (the API with its bearer check, the same without it, the JDBC replay of its SQL)
 * with wrk (closed loop, throughput only); then latency with the open-model generator at half the
 * measured maximum; then the same on the national dataset. Prints medians, ratios and the goals.
 */
public final class Main {

    static final String PASSWORD = "ThiDua@2026";
    static final String ADMIN = "admin.bn";
    static final String OFFICER = "bn.qdtpt";

    record Endpoint(String name, String method, String path, String actor, boolean open, boolean jdbc) {
        Endpoint withoutOpen() {
            return new Endpoint(name, method, path, actor, false, jdbc);
        }

        boolean write() {
            return "POST".equals(method);
        }
    }

    private final Map<String, String> opts;
    private final String api;
    private final String keycloak;
    private final double duration;
    private final double warmup;
    private final int rounds;
    private final int connections;
    private final boolean ci;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String[]> tokens = new LinkedHashMap<>();
    private ScoringBench.Result scoring;
    private VotingBench.Result voting;
    private final List<Double> loads = new ArrayList<>();
    private final Path out;
    /** The backend's process, whose CPU time each wrk run is divided by its requests (null: not printed). */
    private final Long backendPid;
    /** Backend CPU µs per request, by endpoint and variant ("|api", "|open"). */
    private final Map<String, List<Double>> cpu = new LinkedHashMap<>();
    /** Only the measured rounds count: a warm-up's CPU is mostly the JIT compiling. */
    private boolean measuring;
    private final String runId = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);

    private Main(Map<String, String> opts) {
        this.opts = opts;
        this.api = opts.getOrDefault("api", "http://127.0.0.1:8194");
        this.keycloak = opts.getOrDefault("keycloak", "http://localhost:8180");
        this.ci = opts.containsKey("ci");
        this.duration = Double.parseDouble(opts.getOrDefault("duration", ci ? "1" : "10"));
        this.warmup = Double.parseDouble(opts.getOrDefault("warmup", ci ? "4" : "15"));
        this.rounds = Integer.parseInt(opts.getOrDefault("rounds", ci ? "1" : "3"));
        this.connections = Integer.parseInt(opts.getOrDefault("connections", "8"));
        this.out = Path.of(opts.getOrDefault("out", ".local/bench"));
        this.backendPid = opts.containsKey("backend-pid") ? Long.valueOf(opts.get("backend-pid")) : null;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                opts.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
            }
        }
        new Main(opts).run();
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        String db = opts.getOrDefault("db", "jdbc:mariadb://127.0.0.1:3306/thidua_bench");
        String dbUser = opts.getOrDefault("db-user", "thidua");
        String dbPassword = opts.getOrDefault("db-password", "thidua");
        String database = db.replaceAll(".*/([^/?]+).*", "$1");
        Dataset data = new Dataset(db, dbUser, dbPassword);
        say("loading the home province's data (" + Dataset.HOME_PROVINCE + "): " + data.load("home", 1));
        long term = data.homeTermId();
        long province = provinceId(db, dbUser, dbPassword);
        long campaign = data.homeCampaignId(term);
        long conference = data.homeConferenceId(term);
        long scheme = data.homeSchemeId(term);
        long sheet = data.homeSheetId(term);
        List<Endpoint> endpoints = List.<Endpoint>of(
                new Endpoint("health (framework ceiling)", "GET", "/q/health/live", null, false, false),
                new Endpoint("GET /units?size=20 (admin)", "GET", "/api/v1/units?size=20", ADMIN, true, true),
                new Endpoint("GET /terms?year=&size=10 (admin, full page)", "GET", "/api/v1/terms?year=" + Dataset.LAST_YEAR + "&size=10", ADMIN, true, true),
                new Endpoint("GET /terms/{id} (admin)", "GET", "/api/v1/terms/" + term, ADMIN, true, true),
                new Endpoint("GET /terms/{id} (officer)", "GET", "/api/v1/terms/" + term, OFFICER, true, true),
                new Endpoint("GET /terms/{id}/memberships (admin)", "GET", "/api/v1/terms/" + term + "/memberships", ADMIN, true, true),
                new Endpoint("GET /terms/{id}/memberships (officer)", "GET", "/api/v1/terms/" + term + "/memberships", OFFICER, true, true),
                new Endpoint("GET /campaigns?termId= (admin)", "GET", "/api/v1/campaigns?termId=" + term, ADMIN, true, true),
                new Endpoint("GET /campaigns/{id}/registrations (admin)", "GET", "/api/v1/campaigns/" + campaign + "/registrations", ADMIN, true, true),
                new Endpoint("GET /terms/{id}/covenants (admin)", "GET", "/api/v1/terms/" + term + "/covenants", ADMIN, true, true),
                new Endpoint("GET /terms/{id}/conferences (admin)", "GET", "/api/v1/terms/" + term + "/conferences", ADMIN, true, true),
                new Endpoint("GET /conferences/{id} (admin)", "GET", "/api/v1/conferences/" + conference, ADMIN, true, true),
                new Endpoint("GET /terms/{id}/schemes (officer)", "GET", "/api/v1/terms/" + term + "/schemes", OFFICER, true, true),
                new Endpoint("GET /schemes/{id} (officer, 40 criteria)", "GET", "/api/v1/schemes/" + scheme, OFFICER, true, true),
                new Endpoint("GET /terms/{id}/scoring (officer)", "GET", "/api/v1/terms/" + term + "/scoring", OFFICER, true, true),
                new Endpoint("GET /sheets/{id} (officer, own, 40 × 2 reviews)", "GET", "/api/v1/sheets/" + sheet, OFFICER, true, true),
                new Endpoint("GET /terms/{id}/tasks (officer, member)", "GET", "/api/v1/terms/" + term + "/tasks", OFFICER, true, true),
                new Endpoint("POST /units (durable, audited)", "POST", "/api/v1/units", ADMIN, false, true));
        if (opts.containsKey("only-scoring")) { // issue 11's figure alone: the scoring bloc, no endpoint measured
            scoring = new ScoringBench(api, this::tokenOrFail, ADMIN, db, dbUser, dbPassword).run(province, runId, ci ? 3 : 7);
            report(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
            return;
        }
        if (opts.containsKey("only-voting")) { // issue 12's figure alone: every unit of several blocs casting at once
            voting = votingBench(db, dbUser, dbPassword, province);
            report(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
            return;
        }
        if (opts.containsKey("only")) { // --only=units,memberships: those endpoints (and the framework ceiling), e.g. to profile
            List<String> wanted = List.of(opts.get("only").split(","));
            endpoints = endpoints.stream().filter(e -> e.actor() == null || wanted.stream().anyMatch(e.name()::contains)).toList();
        }
        if (opts.containsKey("no-open")) {
            endpoints = endpoints.stream().map(Endpoint::withoutOpen).toList();
        }

        say("warming up " + warmup + " s");
        for (Endpoint e : endpoints) {
            wrk(e, false, Math.max(1, warmup / endpoints.size()));
            if (e.open()) {
                wrk(e, true, Math.max(1, warmup / endpoints.size() / 2));
            }
        }

        data.removeBenchUnits();
        Map<String, List<String>> sql = new LinkedHashMap<>();
        try (SqlCapture capture = new SqlCapture(opts.getOrDefault("root-url",
                "jdbc:mariadb://localhost/?localSocket=/run/mysqld/mysqld.sock&user=root"), database, dbUser)) {
            Thread.sleep(1500); // requests the warm-up left queued finish first
            for (Endpoint e : endpoints) {
                if (e.jdbc()) {
                    sql.put(e.name(), captureSteady(capture, e));
                    homeExamined.put(e.name(), examined(capture, sql.get(e.name())));
                }
            }
        }
        checkShapes(sql);

        Map<String, List<Double>> rps = new LinkedHashMap<>();
        try (JdbcReplay jdbc = new JdbcReplay(db, dbUser, dbPassword, Integer.parseInt(opts.getOrDefault("pool", "16")))) {
            measuring = true;
            for (int r = 1; r <= rounds; r++) {
                say("round " + r + "/" + rounds);
                for (Endpoint e : endpoints) {
                    add(rps, e.name() + "|api", wrk(e, false, duration));
                    if (e.open()) {
                        add(rps, e.name() + "|open", wrk(e, true, duration));
                    }
                    if (e.jdbc()) {
                        double sets = e.write() ? jdbc.insertUnits(province, "BENCH." + runId + ".R" + r, connections, duration)
                                : jdbc.replay(sql.get(e.name()), connections, duration);
                        add(rps, e.name() + "|jdbc", sets);
                        load();
                    }
                    if (e.write()) {
                        data.removeBenchUnits(); // the reads of the next round see the same data
                    }
                }
            }
            measuring = false;
        }

        if (!opts.containsKey("no-scoring")) {
            say("scoring: a bloc of " + ScoringBench.UNITS + " units × 40 criteria through the API, then consolidation timed");
            scoring = new ScoringBench(api, this::tokenOrFail, ADMIN, db, dbUser, dbPassword).run(province, runId, ci ? 3 : 7);
        }

        if (!opts.containsKey("no-voting")) {
            voting = votingBench(db, dbUser, dbPassword, province);
        }

        Map<String, OpenLoad.Result> latency = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            if (!e.write()) {
                latency.put(e.name(), openModel(e, median(rps.get(e.name() + "|api")) / 2));
            }
        }

        Map<String, OpenLoad.Result> national = new LinkedHashMap<>();
        Map<String, List<String>> nationalScans = new LinkedHashMap<>();
        if (!opts.containsKey("no-national")) {
            int limit = Integer.parseInt(opts.getOrDefault("provinces", ci ? "2" : "34"));
            say("loading the national data (" + limit + " provinces): " + data.load("national", limit));
            for (Endpoint e : endpoints) {
                wrk(e, false, Math.max(1, warmup / endpoints.size()));
            }
            data.removeBenchUnits(); // the warm-up's POSTs wrote units into the home province
            for (Endpoint e : endpoints) {
                if (!e.write()) {
                    national.put(e.name(), openModel(e, latency.get(e.name()).rate()));
                }
            }
            try (SqlCapture capture = new SqlCapture(opts.getOrDefault("root-url",
                    "jdbc:mariadb://localhost/?localSocket=/run/mysqld/mysqld.sock&user=root"), database, dbUser)) {
                for (Endpoint e : endpoints) {
                    if (e.jdbc()) {
                        List<String> scans = new ArrayList<>();
                        List<String> captured = captureSteady(capture, e);
                        nationalExamined.put(e.name(), examined(capture, captured));
                        for (String s : captured) {
                            if (s.regionMatches(true, 0, "select", 0, 6)) {
                                for (String scan : capture.fullScans(s, 200)) {
                                    scans.add(scan + " in: " + SqlCapture.shape(s));
                                }
                            }
                        }
                        nationalScans.put(e.name(), scans);
                    }
                }
            }
        }
        report(endpoints, sql, rps, latency, national, nationalScans);
    }

    // ---- measurements ----

    private double wrk(Endpoint e, boolean open, double seconds) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + Math.max(1, Math.round(seconds)) + "s",
                "--timeout", "10s"));
        if (opts.containsKey("pin")) {
            cmd.addAll(0, List.of("taskset", "-c", opts.get("pin")));
        }
        for (Map.Entry<String, String> h : headers(e, open).entrySet()) {
            cmd.add("-H");
            cmd.add(h.getKey() + ": " + h.getValue());
        }
        if (e.write()) {
            Path script = out.resolve("post-unit.lua");
            Files.writeString(script, """
                    local prefix, n = "BENCH", 0
                    function init(args) prefix = args[1] end
                    function request()
                      n = n + 1
                      local code = prefix .. "." .. n
                      return wrk.format("POST", nil, nil, '{"code":"' .. code .. '","name":"Đơn vị bench ' .. code
                        .. '","kind":"SO","activeFrom":"2026-01-01"}')
                    end
                    """);
            cmd.addAll(List.of("-s", script.toString(), api + e.path(), "--",
                    "BENCH." + runId + ".W" + System.nanoTime() % 1_000_000));
        } else {
            cmd.add(api + e.path());
        }
        long ticksBefore = cpuTicks();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        long ticksAfter = cpuTicks();
        long ticks = ticksBefore < 0 || ticksAfter < 0 ? -1 : ticksAfter - ticksBefore;
        load();
        Matcher m = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no rate:\n" + text);
        }
        Matcher requests = Pattern.compile("(\\d+) requests in").matcher(text);
        if (measuring && backendPid != null && ticks >= 0 && requests.find() && Long.parseLong(requests.group(1)) > 0) {
            add(cpu, e.name() + (open ? "|open" : "|api"), ticks * MICROS_PER_TICK / Long.parseLong(requests.group(1)));
        }
        Matcher bad = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(text);
        if (bad.find()) {
            warn(e.name() + (open ? " (open)" : "") + ": " + bad.group(1) + " responses were not 2xx: " + once(e, open));
        }
        return Double.parseDouble(m.group(1));
    }

    private OpenLoad.Result openModel(Endpoint e, double rate) throws Exception {
        List<OpenLoad.Result> runs = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            runs.add(OpenLoad.run(api + e.path(), headers(e, false), rate, duration, Math.max(32, connections * 4)));
            load();
        }
        runs.sort(Comparator.comparingDouble(OpenLoad.Result::p50Ms));
        double p99 = median(runs.stream().map(OpenLoad.Result::p99Ms).toList());
        OpenLoad.Result mid = runs.get(runs.size() / 2);
        long errors = runs.stream().mapToLong(OpenLoad.Result::errors).sum();
        if (errors > 0) {
            warn(e.name() + ": " + errors + " errors at " + Math.round(rate) + " req/s");
        }
        return new OpenLoad.Result(rate, mid.sent(), errors, mid.p50Ms(), p99, mid.maxMs());
    }

    private Map<String, String> headers(Endpoint e, boolean open) throws Exception {
        Map<String, String> h = new LinkedHashMap<>();
        if (e.actor() != null) {
            h.put("Authorization", "Bearer " + token(e.actor()));
        }
        if (open) {
            h.put("X-Bench-Unverified", "true");
        }
        if (e.write()) {
            h.put("Content-Type", "application/json");
        }
        return h;
    }

    /** One request (its status and the start of its body). */
    private String once(Endpoint e) throws Exception {
        return once(e, false);
    }

    private String once(Endpoint e, boolean open) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + e.path())).timeout(Duration.ofSeconds(10));
        headers(e, open).forEach(b::header);
        if (e.write()) {
            String code = "BENCH." + runId + ".C" + System.nanoTime() % 1_000_000;
            b.POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"Đơn vị bench " + code
                    + "\",\"kind\":\"SO\",\"activeFrom\":\"2026-01-01\"}"));
        }
        HttpResponse<String> res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        String body = res.body();
        String shown = res.statusCode() + " " + body.substring(0, Math.min(160, body.length()));
        if (res.statusCode() >= 300) {
            throw new IllegalStateException(e.name() + (open ? " (open)" : "") + " answered " + shown);
        }
        return shown;
    }

    private String tokenOrFail(String user) {
        try {
            return token(user);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("no token for " + user, e);
        }
    }

    private static String ms(List<Double> runs) {
        return String.join(", ", runs.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }

    private String token(String user) throws IOException, InterruptedException {
        String[] cached = tokens.get(user);
        if (cached != null && System.currentTimeMillis() - Long.parseLong(cached[1]) < 60_000) {
            return cached[0];
        }
        String form = "grant_type=password&client_id=thidua-tests&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/thidua/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(res.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + res.statusCode() + " " + res.body());
        }
        tokens.put(user, new String[] { m.group(1), Long.toString(System.currentTimeMillis()) });
        return m.group(1);
    }

    private void load() {
        try {
            loads.add(Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
        } catch (IOException | RuntimeException ignored) {
            // not Linux: no load figure
        }
    }

    private static long provinceId(String db, String user, String password) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(db, user, password)) {
            return Dataset.count(c, "select id from province where code = '" + Dataset.HOME_PROVINCE + "'");
        }
    }

    /** The statements of one request, captured three times: the list seen most often (another request's stray statements differ). */
    private List<String> captureSteady(SqlCapture capture, Endpoint e) throws Exception {
        Map<List<String>, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            List<String> shapes = capture.capture(() -> once(e));
            seen.merge(shapes.stream().map(SqlCapture::shape).toList(), 1, Integer::sum);
            lastCaptured.put(shapes.stream().map(SqlCapture::shape).toList(), shapes);
        }
        List<String> best = seen.entrySet().stream().max(Comparator.<Map.Entry<List<String>, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparingInt(x -> -x.getKey().size())).orElseThrow().getKey();
        return lastCaptured.get(best);
    }

    private final Map<List<String>, List<String>> lastCaptured = new LinkedHashMap<>();
    private final Map<String, SqlCapture.Examined> homeExamined = new LinkedHashMap<>();
    private final Map<String, SqlCapture.Examined> nationalExamined = new LinkedHashMap<>();

    private static SqlCapture.Examined examined(SqlCapture capture, List<String> statements) throws Exception {
        SqlCapture.Examined all = new SqlCapture.Examined(0, List.of());
        for (String st : statements) {
            if (st.regionMatches(true, 0, "select", 0, 6) && !st.toLowerCase(Locale.ROOT).contains(" for update")) {
                all = all.plus(capture.examined(st));
            }
        }
        return all;
    }

    // ---- the SQL snapshot check ----

    /** Compares each endpoint's statement shapes with the committed snapshot (scripts/bench/sql/); --update-sql rewrites it. */
    private void checkShapes(Map<String, List<String>> sql) throws IOException {
        Path dir = Path.of(opts.getOrDefault("sql-dir", "scripts/bench/sql"));
        Files.createDirectories(dir);
        for (Map.Entry<String, List<String>> e : sql.entrySet()) {
            Path file = dir.resolve(e.getKey().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT) + ".sql");
            String shapes = String.join("\n", e.getValue().stream().map(SqlCapture::shape).toList()) + "\n";
            Files.writeString(out.resolve(file.getFileName()), String.join("\n", e.getValue()) + "\n");
            if (opts.containsKey("update-sql") || !Files.exists(file)) {
                Files.writeString(file, shapes);
            } else if (!Files.readString(file).equals(shapes)) {
                warn("the SQL of " + e.getKey() + " changed since " + file + " (the baseline replays what was captured now;"
                        + " commit the new shapes with --update-sql):\n" + shapes);
                shapeChanges++;
            }
        }
    }

    private int shapeChanges;

    // ---- the report ----

    private void report(List<Endpoint> endpoints, Map<String, List<String>> sql, Map<String, List<Double>> rps,
            Map<String, OpenLoad.Result> latency, Map<String, OpenLoad.Result> national,
            Map<String, List<String>> scans) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%nThiĐua benchmark — %s, wrk -t1 -c%d, %.0f s × %d rounds (medians), JDBC pool %s%n",
                api, connections, duration, rounds, opts.getOrDefault("pool", "16")));
        s.append(String.format(Locale.ROOT, "%-40s %9s %9s %7s %9s %6s %7s %-13s %s%n", "endpoint", "API r/s", "open r/s",
                "×open", "JDBC r/s", "×JDBC", "SQL/req", "CPU µs/req", "p50 / p99 ms at half max (rate)"));
        Map<String, Double> admin = new LinkedHashMap<>();
        List<String> goals = new ArrayList<>();
        for (Endpoint e : endpoints) {
            double a = median(rps.get(e.name() + "|api"));
            Double o = e.open() ? median(rps.get(e.name() + "|open")) : null;
            Double j = e.jdbc() ? median(rps.get(e.name() + "|jdbc")) : null;
            if (j != null && j == 0) {
                goals.add("short  " + e.name() + ": the JDBC baseline failed (see the warning above)");
                j = null;
            }
            List<String> stmts = sql.get(e.name());
            String sqlCount = stmts == null ? "" : countStatements(stmts);
            OpenLoad.Result l = latency.get(e.name());
            List<Double> cpuApi = cpu.get(e.name() + "|api");
            List<Double> cpuOpen = cpu.get(e.name() + "|open");
            String cpuCell = cpuApi == null ? "" : String.format(Locale.ROOT, "%.0f", median(cpuApi))
                    + (cpuOpen == null ? "" : String.format(Locale.ROOT, " (%.0f)", median(cpuOpen)));
            s.append(String.format(Locale.ROOT, "%-40s %9.0f %9s %7s %9s %6s %7s %-13s %s%n", e.name(), a,
                    o == null ? "" : String.format(Locale.ROOT, "%.0f", o), o == null ? "" : String.format(Locale.ROOT, "%.2f", a / o),
                    j == null ? "" : String.format(Locale.ROOT, "%.0f", j), j == null ? "" : String.format(Locale.ROOT, "%.2f", a / j),
                    sqlCount, cpuCell, l == null ? "" : String.format(Locale.ROOT, "%.2f / %.2f (%.0f/s)", l.p50Ms(), l.p99Ms(), l.rate())));
            if (j != null) {
                goals.add(goal(e.name() + (e.write() ? " ≥ 0.7× JDBC insert+commit" : " ≥ 0.7× JDBC"), a / j, 0.7, true));
            }
            if (o != null) {
                goals.add(goal(e.name() + " bearer ≥ 0.9× open", a / o, 0.9, true));
            }
            if (e.name().contains("(admin)")) {
                admin.put(e.name(), a);
            }
            Double pair = admin.get(e.name().replace("(officer)", "(admin)"));
            if (e.name().contains("(officer)") && pair != null && pair > 0) {
                goals.add(goal(e.name() + " within 10 % of admin", a / pair, 0.9, true));
            }
            if (l != null) {
                goals.add(goal(e.name() + " p99 ≤ 3× p50", l.p99Ms() / l.p50Ms(), 3, false));
            }
        }
        if (!national.isEmpty()) {
            s.append(String.format(Locale.ROOT, "%nNational data vs the home province (open model, same rate; p50 ms):%n"));
            for (Map.Entry<String, OpenLoad.Result> n : national.entrySet()) {
                OpenLoad.Result home = latency.get(n.getKey());
                double ratio = n.getValue().p50Ms() / home.p50Ms();
                s.append(String.format(Locale.ROOT, "%-40s home %.2f  national %.2f  ratio %.2f  (p99 %.2f)%n", n.getKey(),
                        home.p50Ms(), n.getValue().p50Ms(), ratio, n.getValue().p99Ms()));
                goals.add(goal(n.getKey() + " national p50 ≤ 1.2× home", ratio, 1.2, false));
            }
            s.append(String.format(Locale.ROOT, "%nRows examined per request (EXPLAIN estimates, SELECTs summed), home → national; sorts without an index (table rows):%n"));
            for (Map.Entry<String, SqlCapture.Examined> n : nationalExamined.entrySet()) {
                SqlCapture.Examined home = homeExamined.get(n.getKey());
                if (home == null) {
                    continue;
                }
                double ratio = (double) n.getValue().rows() / Math.max(1, home.rows());
                s.append(String.format(Locale.ROOT, "%-40s %6d → %6d  ratio %.2f  sorts: %s → %s%n", n.getKey(), home.rows(),
                        n.getValue().rows(), ratio, home.filesorts().isEmpty() ? "none" : String.join(", ", home.filesorts()),
                        n.getValue().filesorts().isEmpty() ? "none" : String.join(", ", n.getValue().filesorts())));
                goals.add(goal(n.getKey() + " rows examined national ≤ 1.2× home", ratio, 1.2, false));
            }
            for (Map.Entry<String, List<String>> e : scans.entrySet()) {
                goals.add((e.getValue().isEmpty() ? "pass   " : "short  ") + e.getKey() + ": EXPLAIN on national data, no full scan"
                        + (e.getValue().isEmpty() ? "" : " — " + String.join("; ", e.getValue())));
            }
        }
        if (scoring != null) {
            double api = median(scoring.consolidateMs());
            double jdbc = median(scoring.jdbcMs());
            s.append(String.format(Locale.ROOT, "%nScoring (issue 11): %d sheets × %d criteria, 2 reviews each, round %d (medians of %d):%n",
                    scoring.sheets(), scoring.criteria(), scoring.roundId(), scoring.consolidateMs().size()));
            s.append(String.format(Locale.ROOT, "  POST /scoring-rounds/{id}/consolidation   %7.1f ms  (runs %s)%n", api, ms(scoring.consolidateMs())));
            s.append(String.format(Locale.ROOT, "  JDBC, the same reads and writes, one tx   %7.1f ms  (runs %s)  ratio %.1f×%n", jdbc,
                    ms(scoring.jdbcMs()), api / Math.max(0.001, jdbc)));
            double rank = scoring.rankMs().isEmpty() ? 0 : median(scoring.rankMs());
            if (!scoring.rankMs().isEmpty()) {
                s.append(String.format(Locale.ROOT, "  POST /scoring-rounds/{id}/ranking         %7.1f ms  (runs %s)%n", rank, ms(scoring.rankMs())));
            }
            goals.add(goal("consolidation" + (scoring.rankMs().isEmpty() ? "" : " + ranking") + " of a 15 × 40 bloc < 1000 ms",
                    api + rank, 1000, false));
        }
        if (voting != null) {
            VotingBench.Result v = voting;
            double p50 = percentile(v.castMs(), 50);
            double p99 = percentile(v.castMs(), 99);
            double jp50 = percentile(v.jdbcMs(), 50);
            double jp99 = percentile(v.jdbcMs(), 99);
            s.append(String.format(Locale.ROOT, "%nVoting (issue 12): %d units in %d blocs cast a secret ballot at one gate (each with an Idempotency-Key):%n",
                    v.units(), v.blocs()));
            s.append(String.format(Locale.ROOT, "  POST /votes/{id}/ballots   all %d answered in %7.1f ms (a first gate, the warm-up: %.1f ms); p50 %.1f ms, p99 %.1f ms,"
                    + " max %.1f ms; %d × 2xx, %d other%n", v.units(), v.gateMs(), v.warmMs(), p50, p99, percentile(v.castMs(), 100), v.accepted(), v.otherStatus()));
            s.append(String.format(Locale.ROOT, "  JDBC, the same %d transactions (register + ballot rows, the audit event on the chain, commit) at one gate, pool 16:"
                    + " all in %.1f ms; p50 %.1f ms, p99 %.1f ms%n", v.units(), v.jdbcWallMs(), jp50, jp99));
            s.append(String.format(Locale.ROOT, "  stored: %d in the register, %d in the ballot box, %d distinct units, %d received at the tally;"
                    + " lost %d, double-counted %d%n", v.registered(), v.counted(), v.distinct(), v.tallied(), v.lost(), v.doubled()));
            s.append(String.format(Locale.ROOT, "  retried with the same key: %d/%d answered with the first answer (Idempotent-Replayed);"
                    + " a second ballot with a new key: %d/%d refused 409%n", v.replayed(), v.retries(), v.refusedSecond(), v.retries()));
            if (v.example() != null) {
                s.append("  note   ").append(v.example()).append('\n');
            }
            goals.add(goal("ballots lost when " + v.units() + " units cast at once", v.lost(), 0, false));
            goals.add(goal("ballots counted twice", v.doubled(), 0, false));
            goals.add(goal("tally received = ballots in the box", Math.abs(v.tallied() - v.counted()), 0, false));
            goals.add(goal("retries answered once, second ballots refused", 2 * v.retries() - v.replayed() - v.refusedSecond(), 0, false));
        }
        double[] l = loads.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (l.length > 0) {
            s.append(String.format(Locale.ROOT, "%nLoad average (1 min) during the run: median %.2f, min %.2f, max %.2f (%d cores)%n",
                    l[l.length / 2], l[0], l[l.length - 1], Runtime.getRuntime().availableProcessors()));
        }
        s.append(String.format(Locale.ROOT, "%nGoals:%n"));
        goals.forEach(g -> s.append("  ").append(g).append('\n'));
        if (shapeChanges > 0) {
            s.append("  note   ").append(shapeChanges).append(" endpoint(s) issue other SQL than scripts/bench/sql/ records\n");
        }
        s.append("SQL per endpoint as captured: ").append(out).append("/*.sql\n");
        System.out.print(s);
        try {
            Files.writeString(out.resolve("report.txt"), s);
        } catch (IOException ignored) {
            // printed anyway
        }
    }

    /** "3 (+2 tx)": statements, and of them the transaction's own (autocommit switches, commit). */
    static String countStatements(List<String> statements) {
        long tx = statements.stream().filter(x -> x.matches("(?is)^(set autocommit.*|commit|rollback|start transaction.*|set session transaction.*)$")).count();
        return (statements.size() - tx) + (tx > 0 ? " +" + tx + "tx" : "");
    }

    private static String goal(String what, double value, double limit, boolean atLeast) {
        boolean pass = atLeast ? value >= limit : value <= limit;
        return String.format(Locale.ROOT, "%-6s %s: %.2f", pass ? "pass" : "short", what, value);
    }

    /** Linux's USER_HZ: /proc/PID/stat counts CPU time in 1/100 s. */
    private static final double MICROS_PER_TICK = 10_000;

    /** The backend's user + system CPU time so far, in ticks (-1 when unknown). */
    private long cpuTicks() {
        if (backendPid == null) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + backendPid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void add(Map<String, List<Double>> m, String key, double v) {
        m.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
    }

    private VotingBench.Result votingBench(String db, String dbUser, String dbPassword, long province) throws Exception {
        int units = Integer.parseInt(opts.getOrDefault("voters", ci ? "30" : "200"));
        say("voting: " + units + " units in blocs of " + VotingBench.BLOC + " made through the API, then every one casts at once");
        return new VotingBench(api, this::tokenOrFail, ADMIN, new BenchOfficers(keycloak, PASSWORD), db, dbUser, dbPassword)
                .run(province, Dataset.HOME_PROVINCE, runId, units);
    }

    /** The {@code p}-th percentile (nearest rank) of the values; 100 the maximum. */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static void say(String text) {
        System.err.println("[bench] " + text);
    }

    static void warn(String text) {
        System.err.println("[bench] WARNING: " + text);
    }
}
