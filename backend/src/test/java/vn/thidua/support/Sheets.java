package vn.thidua.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Scoring rounds made through the API for tests: a fresh Bắc Kạn officers' term (see
 * {@link YearFixtures#officersTerm}) with Sở Tài nguyên và Môi trường (bk.stnmt) as one more member,
 * the test scheme of {@link Schemes#body} adopted at a held conference, and scoring open.
 */
public final class Sheets {

    public static final String SECOND_MEMBER = "BKN.STNMT";

    private Sheets() {
    }

    /** The officer of Sở TN&MT, a plain member of every term made here (not an {@link Actor}: the matrix has one column per actor). */
    public static RequestSpecification stnmt() {
        return Api.withToken(Keycloak.token("bk.stnmt"));
    }

    public static Supplier<RequestSpecification> as(Actor actor) {
        return () -> Api.as(actor);
    }

    private static Long seedRound;
    private static Long seedReview;

    /**
     * Scoring open in the Bắc Kạn 2023 seed term (by the Board, once per run) against its adopted scheme,
     * with Sở Xây dựng (the leader) reviewing Sở Công Thương's sheet; every sheet a draft.
     */
    public static synchronized long seedRound() {
        if (seedRound == null) {
            long term = SeedCases.termId("bk", 2023);
            Schemes.adoptedInSeedTerm();
            seedRound = Api.as(Actor.ADMIN).body(Map.of("selfDeadline", "2023-12-15", "aggregation", "MEAN", "deviationThreshold", 2))
                    .post("/api/v1/terms/{id}/scoring", term).then().statusCode(201).extract().jsonPath().getLong("id");
            long sct = sheetOf(seedRound, "BKN.SCT");
            seedReview = Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/scoring-rounds/{id}", seedRound))
                    .body(Map.of("mode", "CHOSEN", "assignments", List.of(Map.of("sheetId", sct, "reviewerUnitIds",
                            List.of(SeedCases.unitId("BKN.SXD")))))).put("/api/v1/scoring-rounds/{id}/reviewers", seedRound).then()
                    .statusCode(200).extract().jsonPath().getLong("sheets.find { it.id == %d }.reviewers[0].reviewId".formatted(sct));
        }
        return seedRound;
    }

    /** Sở Công Thương's sheet in {@link #seedRound}. */
    public static long seedSheet() {
        return sheetOf(seedRound(), "BKN.SCT");
    }

    /** Sở Xây dựng's review of {@link #seedSheet}. */
    public static synchronized long seedReview() {
        seedRound();
        return seedReview;
    }

    /** A term with its adopted scheme; returns {termId, schemeId}. */
    public static long[] termWithAdoptedScheme() {
        long term = YearFixtures.officersTerm();
        Fixtures.member(term, SeedCases.unitId(SECOND_MEMBER), "MEMBER");
        int year = YearFixtures.yearOf(term);
        Map<String, Object> body = Schemes.body();
        evidenceRequired(body, 1, 0); // 2.1 needs its evidence attached before a sheet is submitted
        long scheme = Schemes.create(Actor.ADMIN, term, body);
        long held = Conferences.held(Actor.ADMIN, term, year + "-03-22", List.of(SeedCases.unitId("BKN.SCT")));
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/schemes/{id}", scheme))
                .body(Map.of("status", "ADOPTED", "conferenceId", held)).post("/api/v1/schemes/{id}/status", scheme).then()
                .statusCode(200);
        return new long[] { term, scheme };
    }

    @SuppressWarnings("unchecked")
    private static void evidenceRequired(Map<String, Object> body, int group, int criterion) {
        var groups = (List<Map<String, Object>>) body.get("groups");
        var criteria = (List<Map<String, Object>>) groups.get(group).get("criteria");
        criteria.get(criterion).put("evidenceRequired", true);
    }

    /** Attaches a small PDF as the evidence of one criterion, as {@code who}; returns the file's id. */
    public static long attachEvidence(RequestSpecification who, long sheet, long criterion) {
        return Uploads.file(who, "minh-chung.pdf", Uploads.PDF, null).post("/api/v1/sheets/{id}/criteria/{c}/evidence", sheet, criterion)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Opens scoring (by the leader); returns the round's id. */
    public static long open(long term, String aggregation) {
        int year = YearFixtures.yearOf(term);
        return Api.as(Actor.LEADER_OFFICER).body(Map.of("selfDeadline", year + "-12-15", "aggregation", aggregation,
                "deviationThreshold", 2)).post("/api/v1/terms/{id}/scoring", term).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    public static JsonPath round(long round) {
        return Api.as(Actor.ADMIN).get("/api/v1/scoring-rounds/{id}", round).then().statusCode(200).extract().jsonPath();
    }

    /** The sheet id of a unit (by code) in a round. */
    public static long sheetOf(long round, String unitCode) {
        long unit = SeedCases.unitId(unitCode);
        return round(round).getLong("sheets.find { it.unitId == %d }.id".formatted(unit));
    }

    /** Criterion ids of a sheet by code. */
    public static Map<String, Long> criteria(long sheet) {
        return criteria(Actor.ADMIN, sheet);
    }

    public static Map<String, Long> criteria(Actor admin, long sheet) {
        JsonPath json = Api.as(admin).get("/api/v1/sheets/{id}", sheet).then().statusCode(200).extract().jsonPath();
        Map<String, Long> ids = new HashMap<>();
        List<Map<String, Object>> cells = json.getList("groups.criteria.flatten()");
        cells.forEach(c -> ids.put((String) c.get("code"), ((Number) c.get("criterionId")).longValue()));
        return ids;
    }

    public static String etag(Supplier<RequestSpecification> who, String path, Object... params) {
        return who.get().get(path, params).then().statusCode(200).extract().header("ETag");
    }

    /** Cells {criterionId, value, comment} from code → value pairs (comment null). */
    public static List<Map<String, Object>> cells(Map<String, Long> criteria, Object... codeValuePairs) {
        List<Map<String, Object>> cells = new java.util.ArrayList<>();
        for (int i = 0; i < codeValuePairs.length; i += 2) {
            Map<String, Object> cell = new HashMap<>();
            cell.put("criterionId", criteria.get((String) codeValuePairs[i]));
            cell.put("value", codeValuePairs[i + 1]);
            cells.add(cell);
        }
        return cells;
    }

    /** The Board fills and submits the sheet with these values (and the evidence its scheme requires). */
    public static void fillAndSubmit(long sheet, Map<String, Long> criteria, Object... codeValuePairs) {
        var saved = Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/sheets/{id}", sheet))
                .body(Map.of("cells", cells(criteria, codeValuePairs))).put("/api/v1/sheets/{id}/self-scores", sheet).then()
                .statusCode(200).extract().jsonPath();
        for (String code : saved.getList("missing", String.class)) {
            attachEvidence(Api.raw(Actor.ADMIN), sheet, criteria.get(code));
        }
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/sheets/{id}", sheet)).body(Map.of("status", "SELF_SUBMITTED"))
                .post("/api/v1/sheets/{id}/status", sheet).then().statusCode(200);
    }

    /** A full sheet's values for the test scheme (1.1 … 3.3). */
    public static Object[] values(double q11, double q12, int q13, double q21, double bonus, double penalty, int disq) {
        return new Object[] { "1.1", q11, "1.2", q12, "1.3", q13, "2.1", q21, "3.1", bonus, "3.2", penalty, "3.3", disq };
    }

    /** The Board, acting for the reviewer, scores and submits one review with the given values (reasons given). */
    public static void review(long sheet, long reviewId, Map<String, Long> criteria, Object... codeValuePairs) {
        List<Map<String, Object>> cells = cells(criteria, codeValuePairs);
        cells.forEach(c -> c.put("comment", "Theo hồ sơ minh chứng"));
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/sheets/{id}", sheet)).body(Map.of("cells", cells))
                .put("/api/v1/sheets/{id}/reviews/{r}/scores", sheet, reviewId).then().statusCode(200);
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/sheets/{id}", sheet))
                .post("/api/v1/sheets/{id}/reviews/{r}/submission", sheet, reviewId).then().statusCode(200);
    }
}
