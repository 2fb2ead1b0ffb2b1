package vn.thidua.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scoring schemes made through the API for tests, in one fresh officers' term of their own. */
public final class Schemes {

    private static Long term;

    private Schemes() {
    }

    /** The fresh Bắc Kạn officers' term (see {@link YearFixtures#officersTerm}) all scheme tests share. */
    public static synchronized long term() {
        if (term == null) {
            term = YearFixtures.officersTerm();
        }
        return term;
    }

    public static long create(Actor by, long term, Map<String, Object> body) {
        return Api.as(by).body(body).post("/api/v1/terms/{id}/schemes", term).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static Long adoptedInSeedTerm;

    /** A scheme ADOPTED in the Bắc Kạn 2023 seed term at a held conference there, made once per run. */
    public static synchronized long adoptedInSeedTerm() {
        if (adoptedInSeedTerm == null) {
            long seed = SeedCases.termId("bk", 2023);
            long id = create(Actor.ADMIN, seed, body());
            long held = Conferences.held(Actor.ADMIN, seed, "2023-03-23", List.of(SeedCases.unitId("BKN.SCT")));
            Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/schemes/{id}", id))
                    .body(Map.of("status", "ADOPTED", "conferenceId", held)).post("/api/v1/schemes/{id}/status", id).then()
                    .statusCode(200);
            adoptedInSeedTerm = id;
        }
        return adoptedInSeedTerm;
    }

    /** A fresh DRAFT of the shared term, by the Board. */
    public static long draft() {
        return create(Actor.ADMIN, term(), body());
    }

    /** 100 points: I (60: qualitative 30, quantitative 20, per occurrence 10), II (40), III (bonus, penalty, disqualifier). */
    public static Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Bảng chấm điểm thi đua thử nghiệm");
        body.put("totalPoints", 100);
        body.put("groups", new ArrayList<>(List.of(
                groupOf("I", "Thực hiện nhiệm vụ chính trị", 60,
                        criterionOf("1.1", "QUALITATIVE", 30, Map.of("guidance", "Hoàn thành 100% nhiệm vụ: 30 điểm")),
                        criterionOf("1.2", "QUANTITATIVE", 20, Map.of("target", 100, "unitOfMeasure", "%", "formula", "PROPORTIONAL")),
                        criterionOf("1.3", "PER_OCCURRENCE", 10, Map.of("pointsEach", 2))),
                groupOf("II", "Cải cách hành chính", 40, criterionOf("2.1", "QUALITATIVE", 40, Map.of("step", 0.5))),
                groupOf("III", "Điểm thưởng, điểm trừ", 0, criterionOf("3.1", "BONUS", 5, Map.of()),
                        criterionOf("3.2", "PENALTY", 5, Map.of()), criterionOf("3.3", "DISQUALIFIER", 0, Map.of())))));
        return body;
    }

    @SafeVarargs
    private static Map<String, Object> groupOf(String code, String title, int max, Map<String, Object>... criteria) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("code", code);
        g.put("title", title);
        g.put("maxPoints", max);
        g.put("criteria", new ArrayList<>(List.of(criteria)));
        return g;
    }

    private static Map<String, Object> criterionOf(String code, String kind, int max, Map<String, Object> extra) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", code);
        c.put("title", "Tiêu chí " + code);
        c.put("kind", kind);
        c.put("maxPoints", max);
        c.putAll(extra);
        return c;
    }
}
