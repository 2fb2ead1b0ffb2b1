package vn.thidua.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;

/**
 * Loads scripts/demo-data/seed-cases.json through the API, as the demo-data loader does; idempotent,
 * so any test that needs the seed units may call {@link #ensureLoaded()}.
 */
public final class SeedCases {

    public static final Path FILE = Path.of("..", "scripts", "demo-data", "seed-cases.json").toAbsolutePath()
            .normalize();
    private static final Map<String, Long> UNIT_IDS = new HashMap<>();
    private static final Map<String, Long> TERM_IDS = new HashMap<>();
    private static final Map<String, Long> CONFERENCE_IDS = new HashMap<>();
    private static boolean loaded;

    private SeedCases() {
    }

    public static synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        Map<String, Object> seed = read();
        @SuppressWarnings("unchecked")
        Map<String, String> boards = (Map<String, String>) seed.getOrDefault("boards", Map.of());
        Map<String, Actor> unitBoards = new HashMap<>();
        for (Map<String, Object> unit : list(seed, "units")) {
            Actor board = board(boards, unit);
            UNIT_IDS.put((String) unit.get("code"), findOrCreateUnit(board, unit));
            unitBoards.put((String) unit.get("code"), board);
        }
        Map<String, Long> blocIds = new HashMap<>();
        Map<String, Actor> blocBoards = new HashMap<>();
        for (Map<String, Object> bloc : list(seed, "blocs")) {
            Actor board = board(boards, bloc);
            blocIds.put((String) bloc.get("key"), findOrCreateBloc(board, bloc));
            blocBoards.put((String) bloc.get("key"), board);
        }
        for (Map<String, Object> term : list(seed, "terms")) {
            Actor board = blocBoards.get((String) term.get("bloc"));
            long blocId = blocIds.get((String) term.get("bloc"));
            int year = (Integer) term.get("year");
            long termId = findOrCreateTerm(board, blocId, term);
            TERM_IDS.put(term.get("bloc") + "-" + year, termId);
            for (Map<String, Object> member : list(term, "members")) {
                long unitId = UNIT_IDS.get((String) member.get("unit"));
                boolean present = Api.as(board).get("/api/v1/terms/{id}/memberships?size=100", termId).jsonPath()
                        .getList("items.unit.id", Long.class).contains(unitId);
                if (!present) {
                    Fixtures.member(board, termId, unitId, (String) member.get("role"));
                }
            }
            recordFromSources(board, termId, term);
        }
        for (Map<String, Object> succession : list(seed, "successions")) {
            @SuppressWarnings("unchecked")
            String first = ((List<String>) succession.get("predecessors")).get(0);
            applySuccession(unitBoards.get(first), succession);
        }
        for (Map<String, Object> campaign : list(seed, "campaigns")) {
            loadCampaign(campaign);
        }
        for (Map<String, Object> covenant : list(seed, "covenants")) {
            loadCovenant(covenant);
        }
        for (Map<String, Object> conference : list(seed, "conferences")) {
            String key = conference.get("bloc") + "-" + conference.get("year") + "-" + conference.get("kind");
            CONFERENCE_IDS.put(key, ensureConference(conference));
        }
        loaded = true;
    }

    public static long unitId(String code) {
        ensureLoaded();
        return UNIT_IDS.get(code);
    }

    /** e.g. termId("bk", 2023). */
    public static long termId(String blocKey, int year) {
        ensureLoaded();
        return TERM_IDS.get(blocKey + "-" + year);
    }

    /** e.g. conferenceId("bk", 2023, "MID_YEAR_REVIEW"). */
    public static long conferenceId(String blocKey, int year, String kind) {
        ensureLoaded();
        return CONFERENCE_IDS.get(blocKey + "-" + year + "-" + kind);
    }

    public static Map<String, Object> read() {
        try {
            return new ObjectMapper().readValue(Files.readString(FILE), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + FILE, e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) parent.getOrDefault(key, List.of());
    }

    /** The Board admin who writes a seed row: the seed file's "boards" name one per province code. */
    private static Actor board(Map<String, String> boards, Map<String, Object> row) {
        String username = boards.getOrDefault((String) row.get("province"), Actor.ADMIN.username());
        return Actor.ofUsername(username);
    }

    /** The seed names its province by code ("province": "06"); the API takes its id. */
    private static Map<String, Object> withProvinceId(Map<String, Object> seedRow, String... drop) {
        Map<String, Object> body = new LinkedHashMap<>(seedRow);
        body.remove("province");
        for (String key : drop) {
            body.remove(key);
        }
        body.put("provinceId", Fixtures.provinceId((String) seedRow.get("province")));
        return body;
    }

    private static long findOrCreateUnit(Actor board, Map<String, Object> unit) {
        Map<String, Object> body = withProvinceId(unit);
        JsonPath found = Api.as(board).queryParam("code", unit.get("code"))
                .queryParam("provinceId", body.get("provinceId")).get("/api/v1/units").jsonPath();
        if (found.getInt("total") > 0) {
            return found.getLong("items[0].id");
        }
        return Api.as(board).body(body).post("/api/v1/units").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static long findOrCreateBloc(Actor board, Map<String, Object> bloc) {
        Map<String, Object> body = withProvinceId(bloc, "key");
        JsonPath found = Api.as(board).queryParam("q", bloc.get("name"))
                .queryParam("provinceId", body.get("provinceId")).get("/api/v1/blocs").jsonPath();
        List<Map<String, Object>> items = found.getList("items");
        for (Map<String, Object> item : items) {
            if (item.get("name").equals(bloc.get("name"))) {
                return ((Number) item.get("id")).longValue();
            }
        }
        return Api.as(board).body(body).post("/api/v1/blocs").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static long findOrCreateTerm(Actor board, long blocId, Map<String, Object> term) {
        JsonPath found = Api.as(board).queryParam("blocId", blocId).queryParam("year", term.get("year"))
                .get("/api/v1/terms").jsonPath();
        if (found.getInt("total") > 0) {
            return found.getLong("items[0].id");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("blocId", blocId);
        body.put("year", term.get("year"));
        if (term.get("decision") != null) {
            body.put("decision", term.get("decision"));
        }
        body.put("rules", term.get("rules"));
        return Api.as(board).body(body).post("/api/v1/terms").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** A past year recorded as its sources give it, once its members are in ("recordFromSources"). */
    @SuppressWarnings("unchecked")
    private static void recordFromSources(Actor board, long termId, Map<String, Object> term) {
        Map<String, Object> record = (Map<String, Object>) term.get("recordFromSources");
        if (record == null) {
            return;
        }
        var current = Api.as(board).get("/api/v1/terms/{id}", termId).then().statusCode(200).extract();
        if (!current.jsonPath().getBoolean("recordedFromSources")) {
            Api.as(board).header("If-Match", current.header("ETag")).body(record)
                    .post("/api/v1/terms/{id}/record-from-sources", termId).then().statusCode(200);
        }
    }

    @SuppressWarnings("unchecked")
    private static void applySuccession(Actor board, Map<String, Object> succession) {
        List<String> predecessors = (List<String>) succession.get("predecessors");
        long first = UNIT_IDS.get(predecessors.get(0));
        boolean applied = Api.as(board).get("/api/v1/unit-successions?unitId=" + first).jsonPath()
                .getInt("total") > 0;
        if (applied) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", succession.get("kind"));
        body.put("effectiveDate", succession.get("effectiveDate"));
        body.put("decision", succession.get("decision"));
        body.put("predecessorIds", predecessors.stream().map(UNIT_IDS::get).toList());
        body.put("successorIds", ((List<String>) succession.get("successors")).stream().map(UNIT_IDS::get).toList());
        Api.as(board).body(body).post("/api/v1/unit-successions").then().statusCode(201);
    }

    /**
     * A seed conference as its recorder ("recordedBy": the leader's officer, or for a CLOSED past year
     * the Board with its "correctionReason") enters it: scheduled, attendance and agenda, then moved
     * to its status. Found again by term, kind and day.
     */
    @SuppressWarnings("unchecked")
    private static long ensureConference(Map<String, Object> seed) {
        Actor by = Actor.ofUsername((String) seed.get("recordedBy"));
        long term = TERM_IDS.get(seed.get("bloc") + "-" + seed.get("year"));
        Object reason = seed.get("correctionReason");
        JsonPath found = Api.as(by).get("/api/v1/terms/{id}/conferences?size=100", term).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = found.getList("items");
        for (Map<String, Object> item : items) {
            if (seed.get("kind").equals(item.get("kind")) && seed.get("heldOn").equals(item.get("heldOn"))) {
                return ((Number) item.get("id")).longValue();
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("kind", "title", "heldOn", "startTime", "venue", "chairName", "chairTitle",
                "secretaryName", "secretaryTitle", "guests", "correctionReason")) {
            if (seed.get(field) != null) {
                body.put(field, seed.get(field));
            }
        }
        if (seed.get("chairUnit") != null) {
            body.put("chairUnitId", UNIT_IDS.get((String) seed.get("chairUnit")));
        }
        if (seed.get("hostUnit") != null) {
            body.put("hostUnitId", UNIT_IDS.get((String) seed.get("hostUnit")));
        }
        var created = Api.as(by).body(body).post("/api/v1/terms/{id}/conferences", term).then().statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        List<Map<String, Object>> attendees = list(seed, "attendees").stream().map(a -> {
            Map<String, Object> row = new LinkedHashMap<>(a);
            row.put("unitId", UNIT_IDS.get((String) row.remove("unit")));
            return row;
        }).toList();
        Map<String, Object> attendance = new LinkedHashMap<>();
        attendance.put("attendees", attendees);
        Map<String, Object> agenda = new LinkedHashMap<>();
        agenda.put("items", list(seed, "agenda"));
        if (reason != null) {
            attendance.put("correctionReason", reason);
            agenda.put("correctionReason", reason);
        }
        etag = Api.as(by).header("If-Match", etag).body(attendance).put("/api/v1/conferences/{id}/attendance", id).then()
                .statusCode(200).extract().header("ETag");
        etag = Api.as(by).header("If-Match", etag).body(agenda).put("/api/v1/conferences/{id}/agenda", id).then()
                .statusCode(200).extract().header("ETag");
        if (!"SCHEDULED".equals(seed.get("status"))) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("status", "HELD");
            if (reason != null) {
                step.put("correctionReason", reason);
            }
            Api.as(by).header("If-Match", etag).body(step).post("/api/v1/conferences/{id}/status", id).then().statusCode(200);
        }
        return id;
    }

    /** The seed term's campaign: drafted and launched by its leader officer, registrations recorded by the Board. */
    @SuppressWarnings("unchecked")
    private static void loadCampaign(Map<String, Object> seed) {
        long term = TERM_IDS.get(seed.get("bloc") + "-" + seed.get("year"));
        Actor by = Actor.ofUsername((String) seed.get("by"));
        Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) seed.get("campaign"));
        body.put("termId", term);
        JsonPath found = Api.as(by).get("/api/v1/campaigns?size=100&termId=" + term).jsonPath();
        Long id = null;
        for (Map<String, Object> item : found.<Map<String, Object>>getList("items")) {
            if (item.get("title").equals(body.get("title"))) {
                id = ((Number) item.get("id")).longValue();
            }
        }
        if (id == null) {
            id = Api.as(by).body(body).post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        }
        if ("DRAFT".equals(Api.as(by).get("/api/v1/campaigns/{id}", id).jsonPath().getString("status"))) {
            step(by, "/api/v1/campaigns/{id}", id, Map.of("status", "LAUNCHED"));
        }
        Map<String, Object> registrations = (Map<String, Object>) seed.get("registrations");
        Actor board = Actor.ofUsername((String) registrations.get("by"));
        Actor accepts = Actor.ofUsername((String) registrations.get("acceptedBy"));
        JsonPath overview = Api.as(board).get("/api/v1/campaigns/{id}/registrations", id).jsonPath();
        for (Long unit : Api.as(board).get("/api/v1/terms/{id}/memberships?size=100", term).jsonPath()
                .getList("items.unit.id", Long.class)) {
            Map<String, Object> existing = overview.<Map<String, Object>>getList("items").stream()
                    .filter(r -> ((Number) ((Map<String, Object>) r.get("unit")).get("id")).longValue() == unit).findFirst()
                    .orElse(null);
            long registration;
            String status;
            if (existing == null) {
                registration = Api.as(board).body(Map.of("unitId", unit, "targets", registrations.get("targets")))
                        .post("/api/v1/campaigns/{id}/registrations", id).then().statusCode(201).extract().jsonPath()
                        .getLong("id");
                status = "DRAFT";
            } else {
                registration = ((Number) existing.get("id")).longValue();
                status = (String) existing.get("status");
            }
            if (status.equals("DRAFT")) {
                step(board, "/api/v1/registrations/{id}", registration,
                        Map.of("status", "SUBMITTED", "submittedOn", registrations.get("submittedOn")));
                status = "SUBMITTED";
            }
            if (status.equals("SUBMITTED")) {
                step(accepts, "/api/v1/registrations/{id}", registration, Map.of("status", "ACCEPTED"));
            }
        }
    }

    /** The seed term's covenant: drafted and circulated by its leader officer, each unit's signature recorded by the Board. */
    @SuppressWarnings("unchecked")
    private static void loadCovenant(Map<String, Object> seed) {
        long term = TERM_IDS.get(seed.get("bloc") + "-" + seed.get("year"));
        Actor by = Actor.ofUsername((String) seed.get("by"));
        List<Long> ids = Api.as(by).get("/api/v1/terms/{id}/covenants", term).jsonPath().getList("items.id", Long.class);
        long id = ids.isEmpty() ? Api.as(by).body(seed.get("covenant")).post("/api/v1/terms/{id}/covenants", term).then()
                .statusCode(201).extract().jsonPath().getLong("id") : ids.get(0);
        if ("DRAFT".equals(Api.as(by).get("/api/v1/covenants/{id}", id).jsonPath().getString("status"))) {
            step(by, "/api/v1/covenants/{id}", id, Map.of("status", "CIRCULATED"));
        }
        Map<String, Object> signatures = (Map<String, Object>) seed.get("signatures");
        Actor board = Actor.ofUsername((String) signatures.get("by"));
        for (Long unit : Api.as(board).get("/api/v1/covenants/{id}", id).jsonPath().getList("missing.id", Long.class)) {
            Api.as(board).body(Map.of("unitId", unit, "signerName", signatures.get("signerName"), "signerTitle",
                    signatures.get("signerTitle"), "signedOn", signatures.get("signedOn")))
                    .post("/api/v1/covenants/{id}/signatures", id).then().statusCode(201);
        }
    }

    private static void step(Actor actor, String path, long id, Map<String, Object> change) {
        String etag = Api.as(actor).get(path, id).then().statusCode(200).extract().header("ETag");
        Api.as(actor).header("If-Match", etag).body(change).post(path + "/status", id).then().statusCode(200);
    }
}
