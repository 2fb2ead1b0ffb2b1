package vn.thidua.unit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/** Correcting and withdrawing recorded successions: by a province admin, with a reason, If-Match, audited. */
@QuarkusTest
class SuccessionAmendmentTest {

    static final String PATH = "/api/v1/unit-successions";

    static JsonPath merge(long absorbed, long successor, String date) {
        return Api.as(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", date,
                "decision", Fixtures.decision("1290/QĐ-UBND", "2025-06-30"), "predecessorIds", List.of(absorbed),
                "successorIds", List.of(successor))).post(PATH).then().statusCode(201).extract().jsonPath();
    }

    static long rename(long unit, String date, String name) {
        return Api.as(Actor.ADMIN).body(Map.of("kind", "RENAME", "effectiveDate", date,
                "decision", Fixtures.decision("3/QĐ-UBND", "2023-12-20"), "predecessorIds", List.of(unit),
                "newName", name)).post(PATH).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String etag(long succession) {
        return Fixtures.etag(PATH + "/{id}", succession);
    }

    static Map<String, Object> correction(String date, String number, String newName, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effectiveDate", date);
        body.put("decision", Fixtures.decision(number, "2025-06-30"));
        if (newName != null) {
            body.put("newName", newName);
        }
        body.put("reason", reason);
        return body;
    }

    @Test
    void aWithdrawalUndoesTheMergerAndKeepsTheRecord() {
        long absorbed = Fixtures.unit().create();
        long successor = Fixtures.unit().create();
        long id = merge(absorbed, successor, "2025-07-01").getLong("id");
        Api.raw(Actor.ADMIN).body(Map.of("reason", "Ghi nhầm")).post(PATH + "/{id}/withdrawal", id).then().statusCode(428);
        Api.raw(Actor.ADMIN).header("If-Match", etag(id)).body(Map.of("reason", " ")).post(PATH + "/{id}/withdrawal", id)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.raw(Actor.OTHER_ADMIN).header("If-Match", "*").body(Map.of("reason", "Ghi nhầm"))
                .post(PATH + "/{id}/withdrawal", id).then().statusCode(404);
        String read = etag(id);
        String written = Api.as(Actor.ADMIN).header("If-Match", read).body(Map.of("reason", "Ghi nhầm đơn vị"))
                .post(PATH + "/{id}/withdrawal", id).then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawnReason", equalTo("Ghi nhầm đơn vị")).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(etag(id), written);
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", absorbed).then().body("activeTo", equalTo(null))
                .body("successions[0].status", equalTo("WITHDRAWN"));
        Api.as(Actor.ADMIN).queryParam("entityType", "UnitSuccession").queryParam("entityId", id).get("/api/v1/audit-events")
                .then().body("items[0].operation", equalTo("TRANSITION")).body("items[0].reason", equalTo("Ghi nhầm đơn vị"))
                .body("items[0].changes.status.after", equalTo("WITHDRAWN"));
        Api.as(Actor.ADMIN).queryParam("entityType", "Unit").queryParam("entityId", absorbed).get("/api/v1/audit-events")
                .then().body("items[0].reason", equalTo("Ghi nhầm đơn vị")).body("items[0].changes.activeTo.after", equalTo(null));
        // withdrawn once: the stale tag and a second withdrawal are refused; the keys are free for the right record
        Api.raw(Actor.ADMIN).header("If-Match", read).body(Map.of("reason", "Lần nữa")).post(PATH + "/{id}/withdrawal", id)
                .then().statusCode(412);
        Api.raw(Actor.ADMIN).header("If-Match", written).body(Map.of("reason", "Lần nữa")).post(PATH + "/{id}/withdrawal", id)
                .then().statusCode(409).body("code", equalTo("SUCCESSION_WITHDRAWN"));
        merge(absorbed, successor, "2025-07-01");
        Api.as(Actor.VIEWER).queryParam("unitId", absorbed).get(PATH).then().body("total", equalTo(2))
                .body("items.status", hasItem("WITHDRAWN"));
    }

    @Test
    void aWithdrawalWaitsForTheLaterSuccessionsThatBuildOnIt() {
        String original = "Sở Gốc " + Fixtures.unique();
        long unit = Fixtures.unit().named(original).create();
        long first = rename(unit, "2024-01-01", "Sở Tên hai " + Fixtures.unique());
        long second = rename(unit, "2025-01-01", "Sở Tên ba " + Fixtures.unique());
        Api.raw(Actor.ADMIN).header("If-Match", etag(first)).body(Map.of("reason", "Nhầm")).post(PATH + "/{id}/withdrawal", first)
                .then().statusCode(409).body("code", equalTo("SUCCESSION_HAS_LATER_SUCCESSIONS"))
                .body("detail", allOf(containsString("Đổi tên ngày 01/01/2025"), containsString("3/QĐ-UBND")));
        Api.as(Actor.ADMIN).header("If-Match", etag(second)).body(Map.of("reason", "Nhầm")).post(PATH + "/{id}/withdrawal", second)
                .then().statusCode(200);
        Api.as(Actor.ADMIN).header("If-Match", etag(first)).body(Map.of("reason", "Nhầm")).post(PATH + "/{id}/withdrawal", first)
                .then().statusCode(200);
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", unit).then().body("name", equalTo(original)).body("names.size()", equalTo(1));
    }

    @Test
    void aWithdrawalRefusesWhenTheUnitChangedSince() {
        var absorbed = Fixtures.unit();
        long absorbedId = absorbed.create();
        long id = merge(absorbedId, Fixtures.unit().create(), "2025-07-01").getLong("id");
        Map<String, Object> edit = new LinkedHashMap<>(absorbed.body());
        edit.put("activeTo", "2025-05-31");
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/units/{id}", absorbedId)).body(edit)
                .put("/api/v1/units/{id}", absorbedId).then().statusCode(200);
        Api.raw(Actor.ADMIN).header("Accept-Language", "en").header("If-Match", etag(id)).body(Map.of("reason", "Nhầm"))
                .post(PATH + "/{id}/withdrawal", id).then().statusCode(409).body("code", equalTo("SUCCESSION_UNIT_CHANGED"))
                .body("detail", containsString("was changed after this succession"));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", absorbedId).then().body("activeTo", equalTo("2025-05-31"));
    }

    @Test
    void aCorrectionMovesTheEffectsWithTheDate() {
        long absorbed = Fixtures.unit().create();
        var created = Api.as(Actor.ADMIN).body(SuccessionApiTest.merger(List.of(absorbed),
                SuccessionApiTest.newUnit("Sở Hợp nhất " + Fixtures.unique()))).post(PATH).then().statusCode(201)
                .extract().jsonPath();
        long id = created.getLong("id");
        long founded = created.getLong("successors[0].id");
        String read = etag(id);
        Api.raw(Actor.ADMIN).header("If-Match", read).body(correction("2025-08-01", "1300/QĐ-UBND", null, ""))
                .put(PATH + "/{id}", id).then().statusCode(400);
        Api.raw(Actor.ADMIN).header("If-Match", read).body(correction("2025-08-01", "1300/QĐ-UBND", "Tên", "Sửa"))
                .put(PATH + "/{id}", id).then().statusCode(422).body("code", equalTo("SUCCESSION_NEW_NAME_FOR_RENAME_ONLY"));
        Api.as(Actor.ADMIN).header("If-Match", read).body(correction("2025-08-01", "1300/QĐ-UBND", null, "Nhập sai ngày"))
                .put(PATH + "/{id}", id).then().statusCode(200).body("effectiveDate", equalTo("2025-08-01"))
                .body("decision.number", equalTo("1300/QĐ-UBND"));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", absorbed).then().body("activeTo", equalTo("2025-07-31"));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", founded).then().body("activeFrom", equalTo("2025-08-01"))
                .body("names[0].validFrom", equalTo("2025-08-01"));
        Api.as(Actor.ADMIN).queryParam("entityType", "UnitSuccession").queryParam("entityId", id).get("/api/v1/audit-events")
                .then().body("items[0].operation", equalTo("CORRECTION")).body("items[0].reason", equalTo("Nhập sai ngày"))
                .body("items[0].changes.effectiveDate.after", equalTo("2025-08-01"))
                .body("items[0].changes.'decision.number'.after", equalTo("1300/QĐ-UBND"));
        Api.raw(Actor.ADMIN).header("If-Match", read).body(correction("2025-09-01", "1300/QĐ-UBND", null, "Lại"))
                .put(PATH + "/{id}", id).then().statusCode(412);
    }

    @Test
    void aCorrectedRenameMovesTheNameAndStaysInOrder() {
        long unit = Fixtures.unit().create();
        long id = rename(unit, "2025-03-01", "Sở Tên cũ " + Fixtures.unique());
        String name = "Sở Tên đúng " + Fixtures.unique();
        Api.raw(Actor.ADMIN).header("If-Match", etag(id)).body(correction("1999-01-01", "4/QĐ-UBND", name, "Sai ngày"))
                .put(PATH + "/{id}", id).then().statusCode(422).body("code", equalTo("SUCCESSION_PREDECESSOR_INACTIVE"));
        Api.as(Actor.ADMIN).header("If-Match", etag(id)).body(correction("2025-04-01", "4/QĐ-UBND", name, "Sai ngày"))
                .put(PATH + "/{id}", id).then().statusCode(200).body("newName", equalTo(name));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", unit).then().body("name", equalTo(name))
                .body("names[1].validFrom", equalTo("2025-04-01")).body("names[0].validTo", equalTo("2025-03-31"));
    }
}
