package vn.thidua.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import vn.thidua.api.Contract.Operation;
import vn.thidua.api.Contract.Param;
import vn.thidua.api.HostileInputs.Case;
import vn.thidua.api.HostileRequest.Part;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Awards;
import vn.thidua.support.Conferences;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Leaderships;
import vn.thidua.support.Rows;
import vn.thidua.support.Rankings;
import vn.thidua.support.Schemes;
import vn.thidua.support.Sheets;
import vn.thidua.support.SeedCases;
import vn.thidua.support.Uploads;
import vn.thidua.support.YearFixtures;

/**
 * The bad-input test of the whole contract: every operation of openapi.yaml (read at test time, so
 * new endpoints are covered without a line here) × every {@link Actor}, with the hostile inputs
 * {@link HostileInputs} derives from each operation's schema. Every answer is below 500; every 4xx
 * is application/problem+json with type, title, detail and a stable code; no write succeeds; a read
 * of another province's id answers no data; and no table changes (row count and checksum of every
 * table, taken around each operation's batch). Deterministic: the cases are derived in contract
 * order and the sample per actor is seeded; requests run in parallel within one operation's batch.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long SEED = 20_261_201L;
    private static final int THREADS = 4;
    /** Actors other than those below get this many cases per operation, drawn with the seed. */
    private static final int SAMPLE = 10;
    /** Sent every case: the admins whose own rows the requests target (past the lookup, to validation). */
    private static final Set<Actor> EVERY_CASE = EnumSet.of(Actor.ADMIN, Actor.OTHER_ADMIN);
    /** … and for reads also these, who may read their own rows. */
    private static final Set<Actor> EVERY_READ_CASE = EnumSet.of(Actor.NATIONAL, Actor.LEADER_OFFICER);
    private static final Set<Actor> NATIONAL = EnumSet.of(Actor.NATIONAL, Actor.NATIONAL_VIEWER);
    private static final Set<Actor> ABROAD = EnumSet.of(Actor.OTHER_ADMIN, Actor.OTHER_PROVINCE_OFFICER);
    private static final Set<Actor> BAC_KAN_OFFICERS = EnumSet.of(Actor.LEADER_OFFICER, Actor.DEPUTY_OFFICER,
            Actor.MEMBER_OFFICER, Actor.OTHER_BLOC_OFFICER, Actor.INACTIVE_UNIT_OFFICER);
    /** Reads that leave an audit event when they succeed (the Board's and managers' reads of a unit's sheet). */
    private static final Set<String> AUDITED_READS = Set.of("getScoreSheet", "downloadScoreSheetSpreadsheet");
    private static final List<String> AUDIT_TABLES = List.of("audit_event", "audit_chain_head");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** While debugging: {@code -Dfuzz.only=listTerms,getTerm} runs only those; {@code -Dfuzz.bisect=true} runs its
     * requests one by one and names the one that changed the database. */
    private static final String ONLY = System.getProperty("fuzz.only");
    private static final boolean BISECT = Boolean.getBoolean("fuzz.bisect");

    @Inject
    Rows rows;

    /** Rows of one province made for this test, their ETags, and spare rows to name in bodies. */
    record RowSet(String name, Actor admin, Map<String, Long> ids, Map<String, Long> bodyIds, Map<String, String> etags) {
        long id(String kind) {
            Long id = ids.get(kind);
            if (id == null) {
                throw new IllegalStateException("no " + kind + " fixture in " + name + "; add one to ContractFuzzTest");
            }
            return id;
        }
    }

    private final Contract contract = Contract.load();
    private final Map<String, ObjectNode> bases = new HashMap<>();
    private final Map<String, JsonNode> representations = new HashMap<>();
    private RowSet home;
    private RowSet abroad;
    private RowSet seed;

    @Test
    void everyOperationAndActorRefusesHostileInputCleanly() throws Exception {
        long setup = System.nanoTime();
        SeedCases.ensureLoaded();
        home = rowsOf(Actor.ADMIN, "19");
        abroad = rowsOf(Actor.OTHER_ADMIN, "27");
        seed = seedRows();
        List<Operation> operations = contract.operations();
        assertTrue(operations.size() >= 30, "the contract lists its operations: " + operations.size());

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String baseUrl = RestAssured.baseURI + ":" + RestAssured.port;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        long started = System.nanoTime();
        System.out.printf("ContractFuzzTest: fixtures in %.1f s%n", (started - setup) / 1e9);
        try {
            for (Operation op : operations) {
                List<Case> cases = HostileInputs.of(contract, op);
                if (ONLY != null && !List.of(ONLY.split(",")).contains(op.id())) {
                    continue;
                }
                List<Sent> batch = new ArrayList<>();
                for (Actor actor : Actor.values()) {
                    for (Case c : casesFor(op, actor, cases)) {
                        batch.add(new Sent(op, actor, c, request(op, actor, c)));
                    }
                }
                Map<String, String> before = rows.snapshot();
                Map<String, List<String>> dumps = new HashMap<>();
                if (BISECT) {
                    before.keySet().forEach(table -> dumps.put(table, rows.dump(table)));
                }
                List<Future<String>> verdicts = new ArrayList<>();
                for (Sent sent : batch) {
                    if (BISECT) {
                        String failure = verdict(client, baseUrl, sent);
                        Map<String, String> now = rows.snapshot();
                        if (!now.equals(before)) {
                            StringBuilder rowsChanged = new StringBuilder();
                            for (String table : now.keySet()) {
                                if (!now.get(table).equals(before.get(table))) {
                                    List<String> was = dumps.get(table);
                                    List<String> is = rows.dump(table);
                                    rowsChanged.append("\n  ").append(table).append(" was ")
                                            .append(was.stream().filter(row -> !is.contains(row)).toList())
                                            .append("\n  now ").append(is.stream().filter(row -> !was.contains(row)).toList());
                                    dumps.put(table, is);
                                }
                            }
                            failure = (failure == null ? "" : failure + "\n") + failure(sent, "changed the database: "
                                    + diff(before, now) + rowsChanged, null);
                            before = now;
                        }
                        verdicts.add(java.util.concurrent.CompletableFuture.completedFuture(failure));
                    } else {
                        verdicts.add(pool.submit(() -> verdict(client, baseUrl, sent)));
                    }
                }
                for (Future<String> verdict : verdicts) {
                    String failure = verdict.get();
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
                requests += batch.size();
                Map<String, String> after = rows.snapshot();
                if (AUDITED_READS.contains(op.id())) { // a benign case reads the sheet, and the Board's reads are audited
                    for (String table : AUDIT_TABLES) {
                        after.put(table, before.get(table));
                    }
                }
                if (!before.equals(after)) {
                    failures.add(op + ": the database changed during its refusals: " + diff(before, after));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("ContractFuzzTest: %d operations × %d actors, %d requests in %.1f s (%.0f/s, %d threads),"
                + " %.1f s with fixtures, %d failures%n", operations.size(), Actor.values().length, requests, seconds,
                requests / seconds, THREADS, (System.nanoTime() - setup) / 1e9, failures.size());
        Path report = Path.of("target", "contract-fuzz-failures.txt");
        Files.writeString(report, String.join("\n\n", failures));
        assertTrue(failures.isEmpty(), failures.size() + " hostile requests were not refused cleanly (all in " + report
                + "):\n\n" + String.join("\n\n", failures.subList(0, Math.min(40, failures.size()))));
        // Its wall time is printed above, not asserted: a timed test fails on a loaded machine, not on a slow change.
    }

    /** Every case for the admins (heavy ones for ADMIN only); a seeded sample for the other actors. */
    private static List<Case> casesFor(Operation op, Actor actor, List<Case> cases) {
        List<Case> light = cases.stream().filter(c -> !c.heavy() || actor == Actor.ADMIN).toList();
        if (EVERY_CASE.contains(actor) || (!op.write() && EVERY_READ_CASE.contains(actor))) {
            return light;
        }
        List<Case> shuffled = new ArrayList<>(light.stream().filter(c -> !c.heavy()).toList());
        Collections.shuffle(shuffled, new Random(SEED ^ (31L * op.id().hashCode() + actor.ordinal())));
        return shuffled.subList(0, Math.min(SAMPLE, shuffled.size()));
    }

    record Sent(Operation op, Actor actor, Case c, HostileRequest request) {
    }

    // ── requests ────────────────────────────────────────────────────────────────────────────

    private RowSet own(Actor actor) {
        return ABROAD.contains(actor) ? abroad : BAC_KAN_OFFICERS.contains(actor) ? seed : home;
    }

    private RowSet foreign(Actor actor) {
        return ABROAD.contains(actor) ? home : abroad;
    }

    /** The valid request of {@code op} as {@code actor} on the actor's own rows, shaped by the case. */
    private HostileRequest request(Operation op, Actor actor, Case c) {
        RowSet own = own(actor);
        RowSet foreign = foreign(actor);
        HostileRequest r = new HostileRequest(op.method(), op.path());
        for (Param p : op.params()) {
            switch (p.in()) {
                case "path" -> r.pathValues.put(p.name(), Long.toString(own.id(HostileInputs.kindOf(op, p.name()))));
                case "query" -> {
                    if (p.required()) {
                        r.query.add(p.name() + "=" + HostileRequest.enc(sample(p.schema(), p.name(), own).asText()));
                    }
                }
                case "header" -> {
                    if (!p.name().equalsIgnoreCase("If-Match") && p.required()) {
                        throw new IllegalStateException(op + ": required header " + p.name()
                                + " unknown to ContractFuzzTest; teach it a valid value");
                    }
                }
                default -> throw new IllegalStateException(op + ": " + p.in() + " parameter " + p.name()
                        + " unknown to ContractFuzzTest");
            }
        }
        String token = actor.token();
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        r.header("Accept", op.jsonAnswer() ? "application/json" : "*/*");
        if (op.header("If-Match")) {
            List<Param> path = op.params("path");
            if (path.isEmpty()) {
                throw new IllegalStateException(op + ": If-Match without a path id; teach ContractFuzzTest its ETag");
            }
            r.header("If-Match", own.etags().get(HostileInputs.kindOf(op, path.get(0).name())));
        }
        if (op.body() != null) {
            if (op.body().mediaType().equals("multipart/form-data")) {
                r.header("Content-Type", "multipart/form-data; boundary=" + HostileRequest.BOUNDARY);
                r.parts = new ArrayList<>(parts(op, own));
            } else {
                r.header("Content-Type", op.body().mediaType());
                r.json = base(op, own).deepCopy();
            }
        }
        c.apply().accept(r, new HostileInputs.Target() {
            @Override
            public long own(String kind) {
                return own.id(kind);
            }

            @Override
            public long foreign(String kind) {
                return foreign.id(kind);
            }

            @Override
            public String ownEtag(String kind) {
                return own.etags().get(kind);
            }

            @Override
            public JsonNode sample(JsonNode schema, String name) {
                return ContractFuzzTest.this.sample(schema, name, own);
            }
        });
        if (op.write() && c.benign()) {
            HostileInputs.spoil(op, r);
        }
        return r;
    }

    /** A valid body: the target row's own representation where the input names its fields, else samples. */
    private ObjectNode base(Operation op, RowSet own) {
        return bases.computeIfAbsent(op.id() + "@" + own.name(), key -> {
            JsonNode schema = op.body().schema();
            if (!Contract.type(schema).equals("object")) {
                throw new IllegalStateException(op + ": a JSON body that is not an object; teach ContractFuzzTest");
            }
            List<Param> path = op.params("path");
            JsonNode current = path.isEmpty() ? null : representation(HostileInputs.kindOf(op, path.get(0).name()), own,
                    own.id(HostileInputs.kindOf(op, path.get(0).name())));
            return (ObjectNode) fill(schema, current, own, 0);
        });
    }

    private JsonNode fill(JsonNode schema, JsonNode current, RowSet own, int depth) {
        ObjectNode body = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode ps = contract.resolve(property.getValue());
            JsonNode value = current == null ? null : current.get(property.getKey());
            if (value != null && value.isObject() && Contract.type(ps).equals("object")) {
                body.set(property.getKey(), fill(ps, value, own, depth + 1));
            } else if (value != null && !value.isObject() && !value.isNull()) {
                body.set(property.getKey(), value);
            } else {
                body.set(property.getKey(), sample(ps, property.getKey(), own, depth + 1));
            }
        }
        return body;
    }

    JsonNode sample(JsonNode schema, String name, RowSet own) {
        return sample(schema, name, own, 0);
    }

    private JsonNode sample(JsonNode schema, String name, RowSet own, int depth) {
        JsonNode s = contract.resolve(schema);
        String type = Contract.type(s);
        String idKind = HostileInputs.idKindOf(name);
        if (idKind != null && type.equals("integer")) {
            return NODES.numberNode(own.bodyIds().getOrDefault(idKind, own.id(idKind)));
        }
        if (type.equals("array")) {
            return NODES.arrayNode().add(sample(s.path("items"), name, own, depth + 1));
        }
        if (type.equals("object")) {
            if (depth > 4) {
                return NODES.objectNode();
            }
            return fill(s, null, own, depth);
        }
        if (s.has("examples") && s.get("examples").size() > 0) {
            return s.get("examples").get(0);
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        return switch (type) {
            case "integer", "number" -> NODES.numberNode(s.path("minimum").asLong(1));
            case "boolean" -> NODES.booleanNode(false);
            default -> switch (s.path("format").asText()) {
                case "date" -> NODES.textNode("2025-03-01");
                case "date-time" -> NODES.textNode("2025-03-01T00:00:00Z");
                default -> NODES.textNode("Thử nghiệm");
            };
        };
    }

    /** The multipart form: a PDF in each binary part, sampled text in the others (supersedes: the current scan). */
    private List<Part> parts(Operation op, RowSet own) {
        List<Part> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = op.body().schema().path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode s = contract.resolve(property.getValue());
            if (s.path("format").asText().equals("binary")) {
                parts.add(new Part(property.getKey(), "quyet-dinh.pdf", "application/pdf", Uploads.PDF));
            } else {
                parts.add(new Part(property.getKey(), null, null,
                        sample(s, property.getKey(), own).asText().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return parts;
    }

    // ── verdicts ────────────────────────────────────────────────────────────────────────────

    /** Null when the answer is a clean refusal (or an allowed read), else what was wrong, with the input. */
    private static String verdict(HttpClient client, String baseUrl, Sent sent) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(sent.request().build(baseUrl), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return failure(sent, "no answer: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(sent, "interrupted", null);
        }
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (status >= 500) {
            return failure(sent, "answered " + status, body);
        }
        if (status < 200 || (status >= 300 && status < 400)) {
            return failure(sent, "answered " + status + ", neither success nor refusal", body);
        }
        if (status < 300) {
            if (sent.op().write()) {
                return failure(sent, "a write SUCCEEDED (" + status + ") on hostile input", body);
            }
            if (sent.c().foreign() && !NATIONAL.contains(sent.actor()) && !sent.op().path().startsWith("/api/v1/provinces")
                    && !sent.op().path().startsWith("/api/v1/public/")) { // published results are everyone's
                return failure(sent, "another province's row was answered (" + status + ")", body);
            }
            return null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return failure(sent, status + " with Content-Type '" + type + "', not application/problem+json", body);
        }
        JsonNode problem;
        try {
            problem = HostileRequest.JSON.readTree(body);
        } catch (IOException e) {
            return failure(sent, status + " problem that is not JSON", body);
        }
        for (String field : List.of("type", "title", "detail", "code")) {
            if (problem == null || !problem.path(field).isTextual() || problem.path(field).asText().isBlank()) {
                return failure(sent, status + " problem without " + field, body);
            }
        }
        if (!CODE.matcher(problem.get("code").asText()).matches()) {
            return failure(sent, status + " problem code is not UPPER_SNAKE", body);
        }
        if (problem.path("status").asInt() != status) {
            return failure(sent, status + " problem says status " + problem.path("status"), body);
        }
        return null;
    }

    private static String failure(Sent sent, String what, String body) {
        return sent.op() + " as " + sent.actor() + ", case «" + sent.c().label() + "»: " + what + "\n  "
                + sent.request().describe() + (body == null ? "" : "\n  answer: " + HostileRequest.cut(body, 500));
    }

    private static String diff(Map<String, String> before, Map<String, String> after) {
        StringBuilder diff = new StringBuilder();
        Set<String> tables = new java.util.TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            if (!java.util.Objects.equals(before.get(table), after.get(table))) {
                diff.append("\n  ").append(table).append(": ").append(before.get(table)).append(" → ").append(after.get(table));
            }
        }
        return diff.toString();
    }

    // ── fixtures ────────────────────────────────────────────────────────────────────────────

    private static final Map<String, String> CANONICAL = Map.ofEntries(Map.entry("unit", "/api/v1/units/"),
            Map.entry("bloc", "/api/v1/blocs/"), Map.entry("term", "/api/v1/terms/"),
            Map.entry("membership", "/api/v1/memberships/"), Map.entry("file", "/api/v1/files/"),
            Map.entry("succession", "/api/v1/unit-successions/"), Map.entry("province", "/api/v1/provinces/"), Map.entry("conference", "/api/v1/conferences/"),
            Map.entry("campaign", "/api/v1/campaigns/"), Map.entry("registration", "/api/v1/registrations/"),
            Map.entry("covenant", "/api/v1/covenants/"), Map.entry("signature", "/api/v1/covenant-signatures/"),
            Map.entry("scheme", "/api/v1/schemes/"), Map.entry("round", "/api/v1/scoring-rounds/"), Map.entry("sheet", "/api/v1/sheets/"),
            Map.entry("ranking", "/api/v1/rankings/"), Map.entry("leadershipResult", "/api/v1/leadership-results/"),
            Map.entry("restriction", "/api/v1/restrictions/"), Map.entry("proposal", "/api/v1/award-proposals/"),
            Map.entry("vote", "/api/v1/votes/"));

    /** Fresh rows of every kind in the admin's province (19: Thái Nguyên, 27: Bắc Ninh), made by that admin. */
    private RowSet rowsOf(Actor admin, String provinceCode) {
        long province = Fixtures.provinceId(provinceCode);
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("province", province);
        ids.put("unit", Fixtures.unit().inProvince(province).create(admin));
        long spare = Fixtures.unit().inProvince(province).create(admin);
        ids.put("bloc", Fixtures.bloc().inProvince(province).create(admin));
        ids.put("term", Fixtures.term(ids.get("bloc"), 2025).create(admin));
        ids.put("membership", Fixtures.member(admin, ids.get("term"), ids.get("unit"), "MEMBER"));
        long before = Fixtures.unit().inProvince(province).create(admin);
        long after = Fixtures.unit().inProvince(province).create(admin);
        ids.put("succession", Api.as(admin).body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01", "decision",
                Fixtures.decision("7/QĐ-UBND", "2025-06-30"), "predecessorIds", List.of(before), "successorIds",
                List.of(after))).post("/api/v1/unit-successions").then().statusCode(201).extract().jsonPath().getLong("id"));
        ids.put("file", Uploads.file(Api.raw(admin), "quyet-dinh.pdf", Uploads.PDF, null)
                .post("/api/v1/terms/{id}/decision-files", ids.get("term")).then().statusCode(201).extract().jsonPath()
                .getLong("id"));
        ids.put("conference", Fixtures.conference(admin, ids.get("term"), "2025-06-30"));
        ids.put("vote", vote(admin, ids.get("conference"), ids.get("term"), ids.get("unit")));
        yearRows(admin, ids);
        return withEtags(new RowSet("province " + provinceCode, admin, ids, Map.of("unit", spare), new HashMap<>()));
    }

    /** A launched campaign of the term with the unit's registration, and its covenant signed by the unit (its only member). */
    private static void yearRows(Actor admin, Map<String, Long> ids) {
        Map<String, Object> campaign = new LinkedHashMap<>(YearFixtures.campaignBody(ids.get("term")));
        campaign.put("startsOn", "2025-01-01");
        campaign.put("endsOn", "2025-12-31");
        campaign.put("launchDecision", Fixtures.decision("9/KH-UBND", "2025-01-10"));
        long campaignId = Api.as(admin).body(campaign).post("/api/v1/campaigns").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        moveAs(admin, "/api/v1/campaigns/{id}", campaignId, "LAUNCHED");
        ids.put("campaign", campaignId);
        ids.put("registration", Api.as(admin).body(YearFixtures.registrationBody(ids.get("unit")))
                .post("/api/v1/campaigns/{id}/registrations", campaignId).then().statusCode(201).extract().jsonPath()
                .getLong("id"));
        long covenant = Api.as(admin).body(YearFixtures.covenantBody()).post("/api/v1/terms/{id}/covenants", ids.get("term"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        moveAs(admin, "/api/v1/covenants/{id}", covenant, "CIRCULATED");
        ids.put("covenant", covenant);
        ids.put("signature", Api.as(admin).body(YearFixtures.signatureBody(ids.get("unit"), "2025-03-29"))
                .post("/api/v1/covenants/{id}/signatures", covenant).then().statusCode(201).extract().jsonPath()
                .getLong("id"));
        ids.put("scheme", Schemes.create(admin, ids.get("term"), Schemes.body()));
        scoringRows(admin, ids);
    }

    /** Scoring open against a second, adopted scheme; a second member reviews the unit's sheet. */
    private static void scoringRows(Actor admin, Map<String, Long> ids) {
        long term = ids.get("term");
        long reviewer = Fixtures.unit().inProvince(ids.get("province")).create(admin);
        Fixtures.member(admin, term, reviewer, "MEMBER");
        long scheme = Schemes.create(admin, term, Schemes.body());
        long held = Conferences.held(admin, term, "2025-06-20", List.of(ids.get("unit")));
        String etag = Api.as(admin).get("/api/v1/schemes/{id}", scheme).then().statusCode(200).extract().header("ETag");
        Api.as(admin).header("If-Match", etag).body(Map.of("status", "ADOPTED", "conferenceId", held))
                .post("/api/v1/schemes/{id}/status", scheme).then().statusCode(200);
        long round = Api.as(admin).body(Map.of("selfDeadline", "2025-12-15", "aggregation", "MEAN", "deviationThreshold", 2))
                .post("/api/v1/terms/{id}/scoring", term).then().statusCode(201).extract().jsonPath().getLong("id");
        var json = Api.as(admin).get("/api/v1/scoring-rounds/{id}", round).then().statusCode(200).extract();
        long sheet = json.jsonPath().getLong("sheets.find { it.unitId == %d }.id".formatted(ids.get("unit")));
        long review = Api.as(admin).header("If-Match", json.header("ETag")).body(Map.of("mode", "CHOSEN", "assignments",
                List.of(Map.of("sheetId", sheet, "reviewerUnitIds", List.of(reviewer))))).put("/api/v1/scoring-rounds/{id}/reviewers", round)
                .then().statusCode(200).extract().jsonPath().getLong("sheets.find { it.id == %d }.reviewers[0].reviewId".formatted(sheet));
        ids.put("round", round);
        ids.put("sheet", sheet);
        ids.put("review", review);
        ids.put("criterion", Sheets.criteria(admin, sheet).get("1.1"));
        rankingRows(admin, ids);
    }

    /** Setup: a second term of the bloc (the first has its round) with the unit's FINAL sheet, its ranking computed and published. */
    private static void rankingRows(Actor admin, Map<String, Long> ids) {
        long term = Fixtures.term(ids.get("bloc"), 2024).create(admin);
        Fixtures.member(admin, term, ids.get("unit"), "MEMBER");
        long scheme = Schemes.create(admin, term, Schemes.body());
        long round = Rankings.round(term, scheme, vn.thidua.sheet.RoundStatus.REVIEW_CLOSED, vn.thidua.sheet.SheetStatus.FINAL,
                Map.of(ids.get("unit"), Rankings.points(20, 10, 4, 30, 1, 0, false)), true);
        long ranking = Rankings.compute(admin, round).then().statusCode(200).extract().jsonPath().getLong("id");
        // published: the Board's reads of an unpublished ranking are audited (READ), and refusals must leave the database as it was
        Rankings.move(admin, ranking, "CONFIRMED");
        Rankings.move(admin, ranking, "PUBLISHED");
        ids.put("ranking", ranking);
        // a proposed designation for 2023 of a third term of the bloc (2022, the unit its leader)
        ids.put("leadershipResult", Leaderships.designation(admin, ids.get("bloc"), 2022, ids.get("unit")));
        awardRows(admin, ids, term);
    }

    /** A past restriction of the unit (it keeps no one back) and the ranked term's DRAFT dossier proposing the unit. */
    private static void awardRows(Actor admin, Map<String, Long> ids, long term) {
        ids.put("restriction", Api.as(admin).body(Awards.restriction("INSPECTION", "5/QĐ-TTR", "2020-01-10", "2020-06-30"))
                .post("/api/v1/units/{id}/restrictions", ids.get("unit")).then().statusCode(201).extract().jsonPath().getLong("id"));
        var created = Api.as(admin).post("/api/v1/terms/{id}/award-proposals", term).then().statusCode(201).extract();
        long proposal = created.jsonPath().getLong("id");
        ids.put("proposal", proposal);
        ids.put("proposalItem", Api.as(admin).header("If-Match", created.header("ETag"))
                .body(Map.of("unitId", ids.get("unit"), "award", "CERTIFICATE")).post("/api/v1/award-proposals/{id}/items", proposal)
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id"));
    }

    /** A DRAFT secret vote at the conference with the unit standing. */
    private static long vote(Actor admin, long conference, long term, long unit) {
        return Api.as(admin).body(Map.of("title", "Biểu quyết thử " + Fixtures.unique(), "conferenceId", conference, "kind", "OTHER",
                "method", "SECRET", "candidateUnitIds", List.of(unit))).post("/api/v1/terms/{id}/votes", term).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static void moveAs(Actor admin, String path, long id, String status) {
        String etag = Api.as(admin).get(path, id).then().statusCode(200).extract().header("ETag");
        Api.as(admin).header("If-Match", etag).body(Map.of("status", status)).post(path + "/status", id).then().statusCode(200);
    }

    /** The Bắc Kạn 2023 seed case, where the officers' units are (the file: Thái Nguyên's, out of their reach). */
    private RowSet seedRows() {
        Map<String, Long> ids = new LinkedHashMap<>();
        long term = SeedCases.termId("bk", 2023);
        ids.put("province", Fixtures.provinceId("06"));
        ids.put("unit", SeedCases.unitId("BKN.SXD"));
        ids.put("term", term);
        ids.put("bloc", Api.as(Actor.ADMIN).get("/api/v1/terms/{id}", term).jsonPath().getLong("blocId"));
        ids.put("membership", Api.as(Actor.ADMIN).get("/api/v1/terms/{id}/memberships", term).jsonPath()
                .getLong("items[0].id"));
        ids.put("succession", Api.as(Actor.ADMIN).get("/api/v1/unit-successions?unitId=" + SeedCases.unitId("BKN.SGTVT"))
                .jsonPath().getLong("items[0].id"));
        ids.put("file", home.id("file"));
        ids.put("conference", SeedCases.conferenceId("bk", 2023, "MID_YEAR_REVIEW"));
        ids.put("campaign", YearFixtures.sharedCampaign());
        ids.put("registration", YearFixtures.sharedRegistration());
        ids.put("covenant", YearFixtures.sharedCovenant());
        ids.put("signature", YearFixtures.sharedSignature());
        ids.put("scheme", Schemes.create(Actor.ADMIN, term, Schemes.body()));
        ids.put("round", Sheets.seedRound());
        ids.put("sheet", Sheets.seedSheet());
        ids.put("review", Sheets.seedReview());
        ids.put("criterion", Sheets.criteria(Actor.ADMIN, Sheets.seedSheet()).get("1.1"));
        ids.put("ranking", Rankings.published());
        ids.put("leadershipResult", Leaderships.rotationResult());
        ids.put("restriction", Awards.sharedRestriction());
        ids.put("proposal", Awards.sharedProposal());
        ids.put("proposalItem", Awards.sharedItem());
        ids.put("vote", vote(Actor.ADMIN, ids.get("conference"), term, SeedCases.unitId("BKN.SXD")));
        return withEtags(new RowSet("seed Bắc Kạn 2023", Actor.ADMIN, ids, Map.of("unit", SeedCases.unitId("BKN.SNV")),
                new HashMap<>()));
    }

    private RowSet withEtags(RowSet set) {
        set.ids().forEach((kind, id) -> {
            if (!CANONICAL.containsKey(kind)) {
                return; // reviews and criteria are read through their sheet
            }
            String etag = Api.unvalidated(set.admin()).accept("*/*").get(CANONICAL.get(kind) + id).then().statusCode(200)
                    .extract().header("ETag");
            set.etags().put(kind, etag);
        });
        return set;
    }

    private JsonNode representation(String kind, RowSet set, long id) {
        return representations.computeIfAbsent(kind + "#" + id, key -> {
            try {
                return HostileRequest.JSON.readTree(Api.unvalidated(set.admin()).get(CANONICAL.get(kind) + id).then()
                        .statusCode(200).extract().asString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
