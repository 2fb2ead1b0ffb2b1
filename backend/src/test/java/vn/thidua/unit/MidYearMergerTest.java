package vn.thidua.unit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Rows;

/** A mid-year merger and the merged unit's LEADER/DEPUTY roles in open terms. */
@QuarkusTest
class MidYearMergerTest {

    static final String PATH = "/api/v1/unit-successions";

    @Inject
    Rows rows;

    record Case(long term, String blocName, long leader, long successor) {
    }

    /** An ACTIVE 2025 term led by a unit that is about to merge into another. */
    static Case activeTermLedByAMergingUnit() {
        String blocName = "Khối Kinh tế " + Fixtures.unique();
        long term = Fixtures.term(Fixtures.bloc().named(blocName).create(), 2025).create();
        long leader = Fixtures.unit().create();
        Fixtures.member(term, leader, "LEADER");
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term)).body(Map.of("status", "ACTIVE"))
                .post("/api/v1/terms/{id}/status", term).then().statusCode(200);
        return new Case(term, blocName, leader, Fixtures.unit().create());
    }

    static Map<String, Object> merger(Case c, Boolean transferRoles) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "MERGE");
        body.put("effectiveDate", "2025-07-01");
        body.put("decision", Fixtures.decision("1290/QĐ-UBND", "2025-06-30"));
        body.put("predecessorIds", List.of(c.leader()));
        body.put("successorIds", List.of(c.successor()));
        if (transferRoles != null) {
            body.put("transferRoles", transferRoles);
        }
        return body;
    }

    @Test
    void aMergedLeaderIsRefusedWithItsTermsListed() {
        Case c = activeTermLedByAMergingUnit();
        var before = rows.counts();
        Api.raw(Actor.ADMIN).body(merger(c, null)).post(PATH).then().statusCode(409)
                .body("code", equalTo("SUCCESSION_UNIT_LEADS_TERMS"))
                .body("detail", allOf(containsString(c.blocName() + " năm 2025"), containsString("Trưởng khối")))
                .body("related[0].type", equalTo("term")).body("related[0].id", equalTo((int) c.term()))
                .body("related[0].attributes.blocName", equalTo(c.blocName()))
                .body("related[0].attributes.year", equalTo(2025)).body("related[0].attributes.role", equalTo("LEADER"))
                .body("related[0].attributes.unitId", equalTo((int) c.leader()));
        Api.raw(Actor.ADMIN).header("Accept-Language", "en").body(merger(c, false)).post(PATH).then().statusCode(409)
                .body("detail", allOf(containsString(c.blocName() + " 2025"), containsString("Leader")))
                .body("related[0].label", containsString("Leader"));
        assertEquals(before, rows.counts(), "a refusal writes nothing");
    }

    @Test
    void transferRolesHandsTheRoleToTheSuccessorKeepingTheHistory() {
        Case c = activeTermLedByAMergingUnit();
        long id = Api.as(Actor.ADMIN).body(merger(c, true)).post(PATH).then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath roster = Api.as(Actor.VIEWER).get("/api/v1/terms/{id}/memberships", c.term()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, roster.getList("items").size());
        Map<String, Object> old = member(roster, c.leader());
        Map<String, Object> now = member(roster, c.successor());
        assertEquals("LEADER", old.get("role"));
        assertEquals("2025-06-30", old.get("leftOn"));
        assertEquals("LEADER", now.get("role"));
        assertEquals("2025-07-01", now.get("joinedOn"));
        assertEquals(null, now.get("leftOn"));
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", c.term()).then().body("leader.id", equalTo((int) c.successor()));
        Api.as(Actor.ADMIN).queryParam("entityType", "Membership").queryParam("entityId", ((Number) now.get("id")).longValue())
                .get("/api/v1/audit-events").then().body("items[0].operation", equalTo("CREATE"))
                .body("items[0].reason", containsString("1290/QĐ-UBND"));

        // withdrawn: the role goes back to the predecessor, the successor's membership goes
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag(PATH + "/{id}", id)).body(Map.of("reason", "Ghi nhầm"))
                .post(PATH + "/{id}/withdrawal", id).then().statusCode(200);
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", c.term()).then().body("leader.id", equalTo((int) c.leader()))
                .body("memberCount", equalTo(1));
    }

    @Test
    void aSuccessorAlreadyInTheTermTakesTheRoleAndGivesItBack() {
        Case c = activeTermLedByAMergingUnit();
        long membership = Fixtures.member(c.term(), c.successor(), "DEPUTY");
        long id = Api.as(Actor.ADMIN).body(merger(c, true)).post(PATH).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Actor.VIEWER).get("/api/v1/memberships/{id}", membership).then().body("role", equalTo("LEADER"));
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", c.term()).then().body("deputy", equalTo(null));
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag(PATH + "/{id}", id)).body(Map.of("reason", "Ghi nhầm"))
                .post(PATH + "/{id}/withdrawal", id).then().statusCode(200);
        Api.as(Actor.VIEWER).get("/api/v1/memberships/{id}", membership).then().body("role", equalTo("DEPUTY"));
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", c.term()).then().body("leader.id", equalTo((int) c.leader()));
    }

    @Test
    void aHandoverChangedSinceIsNotUndone() {
        Case c = activeTermLedByAMergingUnit();
        long id = Api.as(Actor.ADMIN).body(merger(c, true)).post(PATH).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> now = member(Api.as(Actor.VIEWER).get("/api/v1/terms/{id}/memberships", c.term()).jsonPath(),
                c.successor());
        long m = ((Number) now.get("id")).longValue();
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/memberships/{id}", m))
                .body(Map.of("role", "MEMBER", "joinedOn", "2025-07-01")).put("/api/v1/memberships/{id}", m).then().statusCode(200);
        Api.raw(Actor.ADMIN).header("If-Match", Fixtures.etag(PATH + "/{id}", id)).body(Map.of("reason", "Ghi nhầm"))
                .post(PATH + "/{id}/withdrawal", id).then().statusCode(409).body("code", equalTo("SUCCESSION_ROLES_CHANGED"));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", c.leader()).then().body("activeTo", equalTo("2025-06-30"));
    }

    @Test
    void onlyASingleSuccessorCanTakeTheRoles() {
        Case c = activeTermLedByAMergingUnit();
        Api.raw(Actor.ADMIN).body(Map.of("kind", "DISSOLVE", "effectiveDate", "2025-07-01",
                "decision", Fixtures.decision("9/QĐ-UBND", "2025-06-30"), "predecessorIds", List.of(c.leader()),
                "transferRoles", true)).post(PATH).then().statusCode(422).body("code", equalTo("SUCCESSION_ROLES_NEED_ONE_SUCCESSOR"));
        Api.raw(Actor.ADMIN).body(Map.of("kind", "DISSOLVE", "effectiveDate", "2025-07-01",
                "decision", Fixtures.decision("9/QĐ-UBND", "2025-06-30"), "predecessorIds", List.of(c.leader())))
                .post(PATH).then().statusCode(409).body("code", equalTo("SUCCESSION_UNIT_LEADS_TERMS"));
        // a merger on 1 January leaves last year's roles alone: nothing to hand over
        Api.as(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2026-01-01",
                "decision", Fixtures.decision("9/QĐ-UBND", "2025-12-20"), "predecessorIds", List.of(c.leader()),
                "successorIds", List.of(c.successor()))).post(PATH).then().statusCode(201);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> member(JsonPath roster, long unit) {
        return ((List<Map<String, Object>>) (List<?>) roster.getList("items")).stream()
                .filter(m -> ((Number) ((Map<String, Object>) m.get("unit")).get("id")).longValue() == unit).findFirst()
                .orElseThrow();
    }
}
