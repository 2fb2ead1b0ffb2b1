package vn.thidua.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

@QuarkusTest
class AuditTrailTest {

    @Inject
    EntityManager em;

    @Test
    void everyWriteRecordsWhoWhenAndTheChangedFields() {
        Instant start = Instant.now().minusSeconds(1);
        var unit = Fixtures.unit();
        long id = unit.create();
        Map<String, Object> edit = new LinkedHashMap<>(unit.body());
        edit.put("shortName", "MỚI");
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/units/{id}", id)).body(edit).put("/api/v1/units/{id}", id).then().statusCode(200);

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
        long memberships = total("Membership");
        long all = total(null);
        Api.raw(Actor.ADMIN).body(Map.of("unitId", second, "role", "LEADER")).post("/api/v1/terms/{id}/memberships", term)
                .then().statusCode(422);
        // the refused write is a Membership: none of its events, nor any other, was added
        assertEquals(memberships, total("Membership"));
        assertEquals(all, total(null));
        // and the accepted one before it was recorded, so the count above can see Membership events
        Api.as(Actor.ADMIN).queryParam("entityType", "Membership").queryParam("size", 1).get("/api/v1/audit-events")
                .then().body("items[0].changes.term.after", equalTo((int) term))
                .body("items[0].changes.role.after", equalTo("LEADER"));
    }

    @Test
    void aDecisionChangeNamesEachChangedField() {
        long term = Fixtures.term(Fixtures.bloc().create(), 2025).decision("138/QĐ-UBND", "2025-02-15").create();
        Map<String, Object> decision = new LinkedHashMap<>(Fixtures.decision("138/QĐ-UBND", "2025-02-15"));

        decision.put("issuer", "UBND tỉnh Bắc Ninh");
        updateTermDecision(term, decision);
        lastEventOf("Term", term).body("operation", equalTo("UPDATE"))
                .body("changes.size()", equalTo(1))
                .body("changes.'decision.issuer'.before", equalTo("UBND tỉnh Thử nghiệm"))
                .body("changes.'decision.issuer'.after", equalTo("UBND tỉnh Bắc Ninh"));

        decision.put("title", "Về việc tổ chức các Khối thi đua năm 2025");
        updateTermDecision(term, decision);
        lastEventOf("Term", term).body("changes.size()", equalTo(1))
                .body("changes.'decision.title'.before", equalTo(null))
                .body("changes.'decision.title'.after", equalTo("Về việc tổ chức các Khối thi đua năm 2025"));

        var bloc = Fixtures.bloc();
        bloc.body().put("foundingDecision", Fixtures.decision("5/QĐ-UBND", "2020-01-02"));
        long blocId = bloc.create();
        Map<String, Object> edit = new LinkedHashMap<>(bloc.body());
        Map<String, Object> founding = new LinkedHashMap<>(Fixtures.decision("5/QĐ-UBND", "2020-01-02"));
        founding.put("issuer", "Chủ tịch UBND tỉnh");
        edit.put("foundingDecision", founding);
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/blocs/{id}", blocId)).body(edit)
                .put("/api/v1/blocs/{id}", blocId).then().statusCode(200);
        lastEventOf("Bloc", blocId).body("changes.size()", equalTo(1))
                .body("changes.'foundingDecision.issuer'.after", equalTo("Chủ tịch UBND tỉnh"));
    }

    @Test
    void eventsCarryTheProvinceOfTheirEntity() {
        long province = Fixtures.provinceId("37");
        Actor board = Actor.NB_ADMIN; // Ninh Bình's Board
        long unit = Fixtures.unit().inProvince(province).create(board);
        long successor = Fixtures.unit().inProvince(province).create(board);
        long bloc = Fixtures.bloc().inProvince(province).create(board);
        long term = Fixtures.term(bloc, 2024).create(board);
        long member = Fixtures.member(board, term, unit, "MEMBER");
        long succession = Api.as(board).body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01",
                "decision", Fixtures.decision("9/QĐ-UBND", "2025-06-30"), "predecessorIds", java.util.List.of(successor),
                "successorIds", java.util.List.of(unit))).post("/api/v1/unit-successions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        for (var event : Map.of("Unit", unit, "Bloc", bloc, "Term", term, "Membership", member, "UnitSuccession",
                succession).entrySet()) {
            assertEquals(java.util.List.of(province), provincesOfEvents(event.getKey(), event.getValue()),
                    event.getKey() + " events carry the province");
        }
        assertEquals(java.util.List.of(Fixtures.provinceId("06")),
                provincesOfEvents("Unit", Fixtures.unit().inProvince(Fixtures.provinceId("06")).create()));
    }

    private java.util.List<Long> provincesOfEvents(String type, long id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select distinct province_id from audit_event where entity_type = ?1 and entity_id = ?2", Long.class)
                .setParameter(1, type).setParameter(2, id).getResultList().stream().map(Long.class::cast).toList());
    }

    private static void updateTermDecision(long term, Map<String, Object> decision) {
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term))
                .body(Map.of("decision", decision)).put("/api/v1/terms/{id}", term).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse lastEventOf(String type, long id) {
        return Api.as(Actor.ADMIN).queryParam("entityType", type).queryParam("entityId", id).queryParam("size", 1)
                .get("/api/v1/audit-events").then().statusCode(200).rootPath("items[0]");
    }

    private static long total(String entityType) {
        var request = Api.as(Actor.ADMIN).queryParam("size", 1);
        if (entityType != null) {
            request.queryParam("entityType", entityType);
        }
        return request.get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
