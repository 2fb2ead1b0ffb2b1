package vn.thidua.unit;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/** A successor's page shows its predecessors, transitively, and the terms each took part in. */
@QuarkusTest
class LineageApiTest {

    @Test
    void aSuccessorShowsItsPredecessorsAndTheirTermsTransitively() {
        String oldName = "Sở Giao thông Vận tải " + Fixtures.unique();
        long transport = Fixtures.unit().named(oldName).create();
        long planning = Fixtures.unit().create();
        String blocName = "Khối Kinh tế " + Fixtures.unique();
        long term2023 = Fixtures.term(Fixtures.bloc().named(blocName).create(), 2023).create();
        Fixtures.member(term2023, transport, "LEADER");
        Fixtures.member(Fixtures.term(Fixtures.bloc().create(), 2024).create(), planning, "MEMBER");
        // the transport department is renamed later: its 2023 term still shows the name it had then
        SuccessionAmendmentTest.rename(transport, "2024-06-01", "Sở GTVT mới " + Fixtures.unique());
        long merged = Api.as(Actor.ADMIN).body(SuccessionApiTest.merger(List.of(transport, planning),
                SuccessionApiTest.newUnit("Sở Xây dựng " + Fixtures.unique()))).post("/api/v1/unit-successions").then()
                .statusCode(201).extract().jsonPath().getLong("successors[0].id");
        long last = Fixtures.unit().create();
        long second = SuccessionAmendmentTest.merge(merged, last, "2026-01-01").getLong("id");

        var lineage = Api.as(Actor.VIEWER).get("/api/v1/units/{id}/lineage", last).then().statusCode(200)
                .body("unit.id", equalTo((int) last))
                .body("predecessors.unit.id", containsInAnyOrder((int) merged, (int) transport, (int) planning))
                .body("predecessors.find { it.unit.id == " + merged + " }.depth", equalTo(1))
                .body("predecessors.find { it.unit.id == " + transport + " }.depth", equalTo(2))
                .body("links", hasSize(3))
                .body("terms", hasSize(2))
                .body("terms.find { it.unitId == " + transport + " }.termId", equalTo((int) term2023))
                .body("terms.find { it.unitId == " + transport + " }.blocName", equalTo(blocName))
                .body("terms.find { it.unitId == " + transport + " }.year", equalTo(2023))
                .body("terms.find { it.unitId == " + transport + " }.role", equalTo("LEADER"))
                .body("terms.find { it.unitId == " + transport + " }.unitName", equalTo(oldName))
                .extract();
        org.junit.jupiter.api.Assertions.assertNotNull(lineage.header("ETag"));

        // a withdrawn succession is no longer lineage
        Api.as(Actor.ADMIN).header("If-Match", SuccessionAmendmentTest.etag(second)).body(Map.of("reason", "Ghi nhầm"))
                .post("/api/v1/unit-successions/{id}/withdrawal", second).then().statusCode(200);
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}/lineage", last).then().body("predecessors", hasSize(0))
                .body("links", hasSize(0)).body("terms", hasSize(0));
        Api.raw(Actor.OTHER_ADMIN).get("/api/v1/units/{id}/lineage", last).then().statusCode(404);
    }
}
