package vn.thidua.membership;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/** Each membership rule of DOMAIN.md, proven by a request the rule must refuse. */
@QuarkusTest
class MembershipRulesTest {

    private static final int YEAR = 2024;

    @Test
    void aTermHasOneLeader() {
        long term = Fixtures.term(Fixtures.bloc().create(), YEAR).create();
        Fixtures.member(term, Fixtures.unit().create(), "LEADER");
        long second = Fixtures.unit().create();
        Api.raw(Actor.ADMIN).body(Map.of("unitId", second, "role", "LEADER"))
                .post("/api/v1/terms/{id}/memberships", term).then().statusCode(422)
                .body("type", equalTo("urn:thidua:problem:rule-violation")).body("errors[0].field", equalTo("role"));
        // promoting an existing member is refused too
        long member = Fixtures.member(term, second, "MEMBER");
        Api.raw(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/memberships/{id}", member))
                .body(Map.of("role", "LEADER", "joinedOn", YEAR + "-01-01"))
                .put("/api/v1/memberships/{id}", member).then().statusCode(422);
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}/memberships?role=LEADER", term).then().body("total", equalTo(1));
    }

    @Test
    void aTermHasAtMostOneDeputy() {
        long term = Fixtures.term(Fixtures.bloc().create(), YEAR).create();
        Fixtures.member(term, Fixtures.unit().create(), "DEPUTY");
        Api.raw(Actor.ADMIN).body(Map.of("unitId", Fixtures.unit().create(), "role", "DEPUTY"))
                .post("/api/v1/terms/{id}/memberships", term).then().statusCode(422);
    }

    @Test
    void aUnitIsInOneBlocOfAKindPerYear() {
        long unit = Fixtures.unit().create();
        long first = Fixtures.term(Fixtures.bloc().create(), YEAR).create();
        long second = Fixtures.term(Fixtures.bloc().create(), YEAR).create();
        Fixtures.member(first, unit, "MEMBER");
        Api.raw(Actor.ADMIN).body(Map.of("unitId", unit, "role", "MEMBER"))
                .post("/api/v1/terms/{id}/memberships", second).then().statusCode(422)
                .body("errors[0].field", equalTo("unitId"));
        // another year, or a geographic cluster (CỤM) the same year, is fine
        Fixtures.member(Fixtures.term(Fixtures.bloc().create(), YEAR + 1).create(), unit, "MEMBER");
        Fixtures.member(Fixtures.term(Fixtures.bloc().kind("CUM").create(), YEAR).create(), unit, "MEMBER");
    }

    @Test
    void aUnitMustBeActiveWhenItJoins() {
        long ended = Fixtures.unit().active(LocalDate.of(2000, 1, 1), LocalDate.of(2023, 6, 30)).create();
        long future = Fixtures.unit().active(LocalDate.of(2025, 1, 1), null).create();
        long term = Fixtures.term(Fixtures.bloc().create(), YEAR).create();
        for (long unit : new long[] { ended, future }) {
            Api.raw(Actor.ADMIN).body(Map.of("unitId", unit, "role", "MEMBER"))
                    .post("/api/v1/terms/{id}/memberships", term).then().statusCode(422)
                    .body("errors[0].field", equalTo("unitId"));
        }
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}/memberships", term).then().body("total", equalTo(0));
    }

    @Test
    void aClosedTermIsReadOnlyExceptAnAdminCorrectionWithAReason() {
        long term = Fixtures.term(Fixtures.bloc().create(), YEAR).create();
        long leader = Fixtures.member(term, Fixtures.unit().create(), "LEADER");
        for (String status : new String[] { "ACTIVE", "SCORING", "RESULTS_CONFIRMED", "CLOSED" }) {
            Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term))
                    .body(Map.of("status", status)).post("/api/v1/terms/{id}/status", term).then().statusCode(200)
                    .body("status", equalTo(status));
        }
        long unit = Fixtures.unit().create();
        Api.raw(Actor.ADMIN).body(Map.of("unitId", unit, "role", "MEMBER"))
                .post("/api/v1/terms/{id}/memberships", term).then().statusCode(409);
        Api.raw(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/memberships/{id}", leader))
                .body(Map.of("role", "MEMBER", "joinedOn", YEAR + "-01-01")).put("/api/v1/memberships/{id}", leader).then().statusCode(409);
        Api.raw(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/memberships/{id}", leader))
                .delete("/api/v1/memberships/{id}", leader).then()
                .statusCode(409);
        Api.raw(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term))
                .body(Map.of("decision", Fixtures.decision("99/QĐ-UBND", YEAR + "-02-01")))
                .put("/api/v1/terms/{id}", term).then().statusCode(409);

        Api.as(Actor.ADMIN).body(Map.of("unitId", unit, "role", "MEMBER", "correctionReason",
                "Bổ sung theo Quyết định đính chính")).post("/api/v1/terms/{id}/memberships", term).then()
                .statusCode(201);
        Api.as(Actor.ADMIN).queryParam("entityType", "Membership").queryParam("actor", "admin")
                .get("/api/v1/audit-events").then()
                .body("items.reason", hasItem("Bổ sung theo Quyết định đính chính"))
                .body("items.operation", hasItem("CORRECTION"));
    }

    @Test
    void aTermBecomesActiveOnlyWithItsLeader() {
        long term = Fixtures.term(Fixtures.bloc().create(), YEAR).create();
        Api.raw(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term)).body(Map.of("status", "ACTIVE"))
                .post("/api/v1/terms/{id}/status", term).then().statusCode(422);
        Api.raw(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term)).body(Map.of("status", "SCORING"))
                .post("/api/v1/terms/{id}/status", term).then().statusCode(409);
        Fixtures.member(term, Fixtures.unit().create(), "LEADER");
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term)).body(Map.of("status", "ACTIVE"))
                .post("/api/v1/terms/{id}/status", term).then().statusCode(200).body("leader", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void leavingNeedsAReasonAndFreesTheLeaderSlot() {
        long term = Fixtures.term(Fixtures.bloc().create(), YEAR).create();
        long leader = Fixtures.member(term, Fixtures.unit().create(), "LEADER");
        Api.raw(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/memberships/{id}", leader))
                .body(Map.of("role", "LEADER", "joinedOn", YEAR + "-01-01", "leftOn", YEAR + "-06-30"))
                .put("/api/v1/memberships/{id}", leader).then().statusCode(400)
                .body("errors[0].field", equalTo("leftReason"));
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/memberships/{id}", leader))
                .body(Map.of("role", "LEADER", "joinedOn", YEAR + "-01-01", "leftOn", YEAR + "-06-30",
                        "leftReason", "Sáp nhập"))
                .put("/api/v1/memberships/{id}", leader).then().statusCode(200).body("leftOn", equalTo(YEAR + "-06-30"));
        Fixtures.member(term, Fixtures.unit().create(), "LEADER");
    }
}
