package vn.thidua.scheme;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Conferences;
import vn.thidua.support.Fixtures;
import vn.thidua.support.SeedCases;
import vn.thidua.support.Schemes;
import vn.thidua.support.YearFixtures;

/**
 * Scoring schemes through HTTP with real tokens on fresh Bắc Kạn terms (bk.sxd leads, bk.sct is a
 * member, bk.snv another bloc's officer): the tree's rules, adoption at a held conference, versions.
 */
@QuarkusTest
class SchemeApiTest {

    @Test
    void theLeaderDraftsAndAdoptsAtAHeldConferenceThenChangesItOnlyAsANewVersion() {
        long term = Schemes.term();
        int year = YearFixtures.yearOf(term);
        long v1 = create(Actor.LEADER_OFFICER, term, Schemes.body());
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/schemes/{id}", v1).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("groupMaxima", equalTo(100.0f))
                .body("groups[0].criteria.code", contains("1.1", "1.2", "1.3")).body("groups[0].criteriaMaxima", equalTo(60.0f))
                .body("groups[0].criteria[1].formula", equalTo("PROPORTIONAL")).body("groups[0].criteria[0].step", equalTo(0.25f))
                .body("permissions", equalTo(List.of()));
        Api.raw(Actor.OTHER_BLOC_OFFICER).get("/api/v1/schemes/{id}", v1).then().statusCode(404).body("code", equalTo("SCHEME_NOT_FOUND"));
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/schemes/{id}", v1).then().body("permissions", contains("ADOPT", "COPY", "RETIRE", "UPDATE"));

        status(v1, Map.of("status", "ADOPTED"), 422, "SCHEME_ADOPTION_NEEDS_CONFERENCE");
        long scheduled = Fixtures.conference(Actor.LEADER_OFFICER, term, year + "-03-20");
        status(v1, Map.of("status", "ADOPTED", "conferenceId", scheduled), 422, "SCHEME_CONFERENCE_NOT_HELD");
        long elsewhere = Conferences.held(Actor.LEADER_OFFICER, SeedCases.termId("bk", 2023), "2023-03-21",
                List.of(SeedCases.unitId("BKN.SCT")));
        status(v1, Map.of("status", "ADOPTED", "conferenceId", elsewhere), 422, "SCHEME_CONFERENCE_NOT_IN_TERM");
        long held = Conferences.held(Actor.LEADER_OFFICER, term, year + "-03-22", List.of(SeedCases.unitId("BKN.SCT")));
        move(v1, Map.of("status", "ADOPTED", "conferenceId", held)).body("status", equalTo("ADOPTED"))
                .body("adoptedOn", equalTo(year + "-03-22")).body("adoptedAtConferenceId", equalTo((int) held));
        Api.as(Actor.OTHER_BLOC_OFFICER).get("/api/v1/schemes/{id}", v1).then().statusCode(200);

        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/schemes/{id}", v1)).body(Schemes.body())
                .put("/api/v1/schemes/{id}", v1).then().statusCode(409).body("code", equalTo("SCHEME_FROZEN"));
        long v2 = Api.as(Actor.DEPUTY_OFFICER).body(Map.of("schemeId", v1)).post("/api/v1/terms/{id}/schemes/copies", term).then()
                .statusCode(201).body("versionNo", greaterThan(versionOf(v1))).body("copiedFromId", equalTo((int) v1)).body("status", equalTo("DRAFT"))
                .body("groups[0].criteria[2].pointsEach", equalTo(2.0f)).extract().jsonPath().getLong("id");
        move(v2, Map.of("status", "ADOPTED", "conferenceId", held));
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}/schemes", term).then().statusCode(200)
                .body("items.id", hasItem((int) v2)).body("items.find { it.id == %d }.status".formatted(v1), equalTo("RETIRED"))
                .body("items.find { it.id == %d }.status".formatted(v2), equalTo("ADOPTED")).body("items.findAll { it.status == 'ADOPTED' }.size()", equalTo(1))
                .body("items[0].id", equalTo((int) v2)).body("items[0].criterionCount", equalTo(7)).body("permissions", equalTo(List.of()));
        Api.as(Actor.ADMIN).get("/api/v1/audit-events?entityType=ScoringScheme&entityId={id}", v1).then().statusCode(200)
                .body("items.operation", hasItem("TRANSITION"));
    }

    @Test
    void adoptionNeedsTheMaximaToAddUpAndARefusedStepChangesNothing() {
        long term = Schemes.term();
        long held = Conferences.held(Actor.LEADER_OFFICER, term, YearFixtures.yearOf(term) + "-03-22", List.of(SeedCases.unitId("BKN.SCT")));
        Map<String, Object> body = Schemes.body();
        group(body, 1).put("maxPoints", 35);
        long id = create(Actor.LEADER_OFFICER, term, body);
        status(id, Map.of("status", "ADOPTED", "conferenceId", held), 422, "SCHEME_GROUP_MAXIMA");
        body = Schemes.body();
        body.put("totalPoints", 1000);
        long total = create(Actor.LEADER_OFFICER, term, body);
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/schemes/{id}", total))
                .body(Map.of("status", "ADOPTED", "conferenceId", held)).post("/api/v1/schemes/{id}/status", total).then()
                .statusCode(422).body("code", equalTo("SCHEME_TOTAL_MAXIMA")).body("errors[0].field", equalTo("totalPoints"));
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/schemes/{id}", id).then().body("status", equalTo("DRAFT")).body("adoptedOn", nullValue());
        // a draft is given up with a reason only
        status(id, Map.of("status", "RETIRED"), 422, "SCHEME_REASON_REQUIRED");
        move(id, Map.of("status", "RETIRED", "reason", "Soạn lại theo góp ý")).body("statusReason", equalTo("Soạn lại theo góp ý"));
    }

    @Test
    void eachCriterionKeepsItsKindsRulesAndARefusedDraftIsNotStored() {
        long term = Schemes.term();
        int before = count(term);
        refused(term, b -> criterion(b, 1, 0).put("maxPoints", 39.9), "SCHEME_STEP_MISMATCH", "groups[1].criteria[0].maxPoints");
        refused(term, b -> criterion(b, 2, 2).put("maxPoints", 1), "SCHEME_DISQUALIFIER_POINTS", "groups[2].criteria[2].maxPoints");
        refused(term, b -> criterion(b, 0, 1).remove("target"), "SCHEME_QUANTITY_INCOMPLETE", "groups[0].criteria[1].target");
        refused(term, b -> {
            criterion(b, 0, 1).put("formula", "THRESHOLD_STEPS");
            criterion(b, 0, 1).put("thresholds", List.of(Map.of("atLeastPercent", 90, "points", 10), Map.of("atLeastPercent", 80, "points", 20)));
        }, "SCHEME_THRESHOLDS_INVALID", "groups[0].criteria[1].thresholds");
        refused(term, b -> criterion(b, 0, 2).put("pointsEach", 11), "SCHEME_POINTS_EACH_INVALID", "groups[0].criteria[2].pointsEach");
        refused(term, b -> criterion(b, 1, 0).put("code", "1.1"), "SCHEME_DUPLICATE_CODE", "groups[1].criteria[0].code");
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/terms/{id}/schemes", term).then().body("items.size()", equalTo(before))
                .body("permissions", contains("CREATE"));

        Api.raw(Actor.MEMBER_OFFICER).body(Schemes.body()).post("/api/v1/terms/{id}/schemes", term).then().statusCode(403)
                .body("code", equalTo("TERM_MANAGERS_ONLY"));
        long foreign = create(Actor.LEADER_OFFICER, SeedCases.termId("bk", 2023), Schemes.body());
        Api.raw(Actor.LEADER_OFFICER).body(Map.of("schemeId", foreign)).post("/api/v1/terms/{id}/schemes/copies", term).then()
                .statusCode(422).body("code", equalTo("SCHEME_COPY_OTHER_BLOC"));
    }

    @Test
    void aDraftIsReplacedWholeWithItsEtagAndAnAgendaItemRecordsItsAdoption() {
        long term = Schemes.term();
        long id = create(Actor.LEADER_OFFICER, term, Schemes.body());
        String etag = Fixtures.etag("/api/v1/schemes/{id}", id);
        Map<String, Object> body = Schemes.body();
        criterion(body, 0, 0).put("title", "Hoàn thành xuất sắc nhiệm vụ chính trị");
        Api.as(Actor.DEPUTY_OFFICER).header("If-Match", etag).body(body).put("/api/v1/schemes/{id}", id).then().statusCode(200)
                .body("groups[0].criteria[0].title", equalTo("Hoàn thành xuất sắc nhiệm vụ chính trị"));
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", etag).body(Schemes.body()).put("/api/v1/schemes/{id}", id).then().statusCode(412);

        long conference = Fixtures.conference(Actor.LEADER_OFFICER, term, YearFixtures.yearOf(term) + "-03-22");
        Api.as(Actor.LEADER_OFFICER).header("If-Match", Conferences.etag(Actor.LEADER_OFFICER, conference))
                .body(Map.of("items", List.of(Map.of("title", "Thông qua thang điểm", "linkKind", "SCHEME_ADOPTION", "linkedId", id))))
                .put("/api/v1/conferences/{id}/agenda", conference).then().statusCode(200)
                .body("agenda[0].linkedTitle", equalTo("Bảng chấm điểm thi đua thử nghiệm (v" + versionOf(id) + ")"));
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/terms/{id}", term).then().body("permissions", not(hasItem("MANAGE_YEAR")));
    }

    @Test
    void theFloorAndTheTieBreakChainDefaultAreCheckedAndTravelWithACopy() {
        long term = Schemes.term();
        long plain = create(Actor.LEADER_OFFICER, term, Schemes.body());
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/schemes/{id}", plain).then().body("scoreFloor", equalTo(0.0f))
                .body("tieBreaks", contains("FIRST_GROUP", "FEWER_PENALTY", "MEMBER_VOTE", "LOT"));
        Map<String, Object> body = Schemes.body();
        body.put("scoreFloor", 50);
        body.put("tieBreaks", List.of("FEWER_PENALTY", "LOT"));
        long own = create(Actor.LEADER_OFFICER, term, body);
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/schemes/{id}", own).then().body("scoreFloor", equalTo(50.0f))
                .body("tieBreaks", contains("FEWER_PENALTY", "LOT"));
        Api.as(Actor.LEADER_OFFICER).body(Map.of("schemeId", own)).post("/api/v1/terms/{id}/schemes/copies", term).then()
                .statusCode(201).body("scoreFloor", equalTo(50.0f)).body("tieBreaks", contains("FEWER_PENALTY", "LOT"));

        int before = count(term);
        refused(term, b -> b.put("tieBreaks", List.of("FIRST_GROUP", "MEMBER_VOTE")), "SCHEME_TIE_BREAKS_INVALID", "tieBreaks");
        refused(term, b -> b.put("tieBreaks", List.of("LOT", "FIRST_GROUP", "LOT")), "SCHEME_TIE_BREAKS_INVALID", "tieBreaks");
        refused(term, b -> b.put("tieBreaks", List.of("FIRST_GROUP", "FIRST_GROUP", "LOT")), "SCHEME_TIE_BREAKS_INVALID", "tieBreaks");
        refused(term, b -> b.put("scoreFloor", 100.25), "SCHEME_FLOOR_ABOVE_TOTAL", "scoreFloor");
        Map<String, Object> unknown = Schemes.body();
        unknown.put("tieBreaks", List.of("BY_NAME", "LOT"));
        Api.raw(Actor.LEADER_OFFICER).body(unknown).post("/api/v1/terms/{id}/schemes", term).then().statusCode(400);
        Map<String, Object> negative = Schemes.body();
        negative.put("scoreFloor", -1);
        Api.raw(Actor.LEADER_OFFICER).body(negative).post("/api/v1/terms/{id}/schemes", term).then().statusCode(400);
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/terms/{id}/schemes", term).then().body("items.size()", equalTo(before));

        // a draft's PUT without them goes back to the defaults, as a new draft would
        Api.as(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/schemes/{id}", own)).body(Schemes.body())
                .put("/api/v1/schemes/{id}", own).then().statusCode(200).body("scoreFloor", equalTo(0.0f))
                .body("tieBreaks", contains("FIRST_GROUP", "FEWER_PENALTY", "MEMBER_VOTE", "LOT"));
    }

    // ── helpers ────────────────────────────────────────────────────────────────────────────

    private interface Change {
        void apply(Map<String, Object> body);
    }

    private static int versionOf(long id) {
        return Api.as(Actor.LEADER_OFFICER).get("/api/v1/schemes/{id}", id).jsonPath().getInt("versionNo");
    }

    private static int count(long term) {
        return Api.as(Actor.LEADER_OFFICER).get("/api/v1/terms/{id}/schemes", term).jsonPath().getList("items").size();
    }

    private static void refused(long term, Change change, String code, String field) {
        Map<String, Object> body = Schemes.body();
        change.apply(body);
        Api.raw(Actor.LEADER_OFFICER).body(body).post("/api/v1/terms/{id}/schemes", term).then().statusCode(422)
                .body("code", equalTo(code)).body("errors[0].field", equalTo(field));
    }

    private static long create(Actor by, long term, Map<String, Object> body) {
        return Schemes.create(by, term, body);
    }

    private static io.restassured.response.ValidatableResponse move(long id, Map<String, Object> change) {
        return Api.as(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/schemes/{id}", id)).body(change)
                .post("/api/v1/schemes/{id}/status", id).then().statusCode(200);
    }

    private static void status(long id, Map<String, Object> change, int expected, String code) {
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/schemes/{id}", id)).body(change)
                .post("/api/v1/schemes/{id}/status", id).then().statusCode(expected).body("code", equalTo(code));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(Map<String, Object> body, int g) {
        return ((List<Map<String, Object>>) body.get("groups")).get(g);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> criterion(Map<String, Object> body, int g, int c) {
        return ((List<Map<String, Object>>) group(body, g).get("criteria")).get(c);
    }
}
