package vn.thidua.api;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/**
 * Every refusal names its rule with a stable {@code code} (problem and field level), and its text
 * names things as users know them: unit names and codes, Vietnamese status labels, no ids or enum names.
 */
@QuarkusTest
class ProblemCodeTest {

    private static final String CODE = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";

    @Test
    void aTakenUnitCodeIsUnitCodeTakenAndNamesTheOtherUnit() {
        var first = Fixtures.unit().createJson();
        Api.raw(Actor.ADMIN).body(Fixtures.unit().code(first.getString("code")).body()).post("/api/v1/units").then()
                .statusCode(409).body("code", equalTo("UNIT_CODE_TAKEN"))
                .body("detail", containsString(first.getString("name")));
    }

    @Test
    void openingATermWithoutLeaderIsTermNeedsLeaderWithTheStatusLabel() {
        long term = Fixtures.term(Fixtures.bloc().create(), 2024).create();
        Api.raw(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term))
                .body(Map.of("status", "ACTIVE")).post("/api/v1/terms/{id}/status", term).then().statusCode(422)
                .body("code", equalTo("TERM_NEEDS_LEADER")).body("errors[0].code", equalTo("TERM_NEEDS_LEADER"))
                .body("detail", allOf(containsString("Đang thi đua"), not(containsString("ACTIVE"))));
        // skipping a step names both statuses by their labels, in the caller's language
        Api.raw(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term))
                .header("Accept-Language", "en").body(Map.of("status", "CLOSED"))
                .post("/api/v1/terms/{id}/status", term).then().statusCode(409).body("code", equalTo("TERM_STATUS_STEP"))
                .body("detail", allOf(containsString("Planning"), containsString("Closed"),
                        not(containsString("PLANNING"))));
    }

    @Test
    void aUnitInAnotherBlocOfTheKindIsMembershipUnitInOtherBloc() {
        var unit = Fixtures.unit().createJson();
        Fixtures.member(Fixtures.term(Fixtures.bloc().create(), 2024).create(), unit.getLong("id"), "MEMBER");
        long second = Fixtures.term(Fixtures.bloc().create(), 2024).create();
        Api.raw(Actor.ADMIN).body(Map.of("unitId", unit.getLong("id"), "role", "MEMBER"))
                .post("/api/v1/terms/{id}/memberships", second).then().statusCode(422)
                .body("code", equalTo("MEMBERSHIP_UNIT_IN_OTHER_BLOC"))
                .body("errors[0].code", equalTo("MEMBERSHIP_UNIT_IN_OTHER_BLOC"))
                .body("detail", allOf(containsString(unit.getString("name")), containsString(unit.getString("code")),
                        containsString("khối thi đua"), not(containsString("KHOI"))));
    }

    @Test
    void aUnitListedTwiceIsNamedByNameAndCodeNotId() {
        JsonPath unit = Fixtures.unit().createJson();
        long id = unit.getLong("id");
        String body = Api.raw(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2025-03-01",
                "decision", Fixtures.decision("1/QĐ-UBND", "2025-02-01"), "predecessorIds", List.of(id, id),
                "successorIds", List.of(Fixtures.unit().create()))).post("/api/v1/unit-successions").then()
                .statusCode(400).body("code", equalTo("SUCCESSION_UNIT_REPEATED"))
                .body("errors[0].field", equalTo("predecessorIds[1]"))
                .body("detail", allOf(containsString(unit.getString("name")), containsString(unit.getString("code"))))
                .extract().jsonPath().getString("detail");
        org.junit.jupiter.api.Assertions.assertFalse(body.matches(".*\\b" + id + "\\b.*"), body);
    }

    @Test
    void beanValidationFieldsCarryTheConstraintAsCode() {
        Api.raw(Actor.ADMIN).body(Map.of("name", "", "kind", "KHOI")).post("/api/v1/blocs").then().statusCode(400)
                .body("code", equalTo("INVALID_FIELDS")).body("errors.code", hasItem("NOT_BLANK"))
                .body("errors.code", everyItem(matchesPattern(CODE)));
    }

    @Test
    void frameworkAndJsonRefusalsCarryCodesToo() {
        Api.raw(Actor.ADMIN).body("{\"name\": ").post("/api/v1/blocs").then().statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
        Api.raw(Actor.ADMIN).body(Map.of("name", "Khối " + Fixtures.unique(), "kind", "KHOI", "id", 3))
                .post("/api/v1/blocs").then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        Api.raw(Actor.ADMIN).get("/api/v1/units/987654321").then().statusCode(404).body("code", equalTo("UNIT_NOT_FOUND"));
        Api.raw(Actor.ANONYMOUS).get("/api/v1/units").then().statusCode(401)
                .body("code", equalTo("AUTHENTICATION_REQUIRED"));
        Api.raw(Actor.VIEWER).body(Fixtures.unit().body()).post("/api/v1/units").then().statusCode(403)
                .body("code", equalTo("ROLE_NOT_ALLOWED"));
        Api.raw(Actor.ADMIN).delete("/api/v1/units/1").then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
    }
}
