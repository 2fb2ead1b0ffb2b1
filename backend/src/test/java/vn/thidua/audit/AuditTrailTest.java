package vn.thidua.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

@QuarkusTest
class AuditTrailTest {

    @Test
    void everyWriteRecordsWhoWhenAndTheChangedFields() {
        Instant start = Instant.now().minusSeconds(1);
        var unit = Fixtures.unit();
        long id = unit.create();
        Map<String, Object> edit = new LinkedHashMap<>(unit.body());
        edit.put("shortName", "MỚI");
        Api.as(Actor.ADMIN).header("If-Match", "\"0\"").body(edit).put("/api/v1/units/{id}", id).then().statusCode(200);

        Api.as(Actor.ADMIN).queryParam("entityType", "Unit").queryParam("entityId", id).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].operation", equalTo("UPDATE"))
                .body("items[0].actor", equalTo("admin"))
                .body("items[0].occurredAt", notNullValue())
                .body("items[0].changes.shortName.before", equalTo(null))
                .body("items[0].changes.shortName.after", equalTo("MỚI"))
                .body("items[0].changes.size()", equalTo(1))
                .body("items[1].operation", equalTo("CREATE"))
                .body("items[1].changes.code.after", equalTo(unit.body().get("code")));

        Api.as(Actor.ADMIN).queryParam("entityType", "Unit").queryParam("entityId", id)
                .queryParam("from", start.toString()).queryParam("actor", "admin").get("/api/v1/audit-events").then()
                .body("total", equalTo(2));
        Api.as(Actor.ADMIN).queryParam("entityType", "Unit").queryParam("entityId", id)
                .queryParam("to", start.toString()).get("/api/v1/audit-events").then().body("total", equalTo(0));
        Api.as(Actor.ADMIN).queryParam("entityId", id).queryParam("actor", "viewer").get("/api/v1/audit-events").then()
                .body("total", equalTo(0));
    }

    @Test
    void aRefusedWriteLeavesNoAuditEvent() {
        long term = Fixtures.term(Fixtures.bloc().create(), 2024).create();
        Fixtures.member(term, Fixtures.unit().create(), "LEADER");
        long second = Fixtures.unit().create();
        Api.raw(Actor.ADMIN).body(Map.of("unitId", second, "role", "LEADER")).post("/api/v1/terms/{id}/memberships", term)
                .then().statusCode(422);
        Api.as(Actor.ADMIN).queryParam("entityType", "Term").queryParam("entityId", term).get("/api/v1/audit-events")
                .then().body("total", equalTo(1));
    }
}
