package vn.thidua.unit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Rows;

/** Mergers into a new unit, a unit ending once, and reading a unit before it existed. */
@QuarkusTest
class SuccessionApiTest {

    static final String PATH = "/api/v1/unit-successions";

    @Inject
    Rows rows;

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> merger(List<Long> predecessors, Map<String, Object> newSuccessor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "MERGE");
        body.put("effectiveDate", "2025-07-01");
        body.put("decision", Fixtures.decision("1290/QĐ-UBND", "2025-06-30"));
        body.put("predecessorIds", predecessors);
        body.put("newSuccessor", newSuccessor);
        return body;
    }

    static Map<String, Object> newUnit(String name) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", "NEW." + Fixtures.unique());
        unit.put("name", name);
        unit.put("kind", "SO");
        return unit;
    }

    @Test
    void aMergerFoundsItsSuccessorInOneRequest() {
        long agriculture = Fixtures.unit().named("Sở Nông nghiệp và PTNT " + Fixtures.unique()).create();
        long environment = Fixtures.unit().named("Sở Tài nguyên và Môi trường " + Fixtures.unique()).create();
        String name = "Sở Nông nghiệp và Môi trường " + Fixtures.unique();
        var created = Api.as(Actor.ADMIN).body(merger(List.of(agriculture, environment), newUnit(name))).post(PATH).then()
                .statusCode(201).body("successors[0].name", equalTo(name))
                .body("predecessors.id", equalTo(List.of((int) agriculture, (int) environment))).extract().jsonPath();
        long successor = created.getLong("successors[0].id");
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", successor).then().statusCode(200)
                .body("activeFrom", equalTo("2025-07-01")).body("activeTo", equalTo(null))
                .body("provinceCode", equalTo("19"))
                .body("successions[0].id", equalTo(created.getInt("id")));
        for (long merged : List.of(agriculture, environment)) {
            Api.as(Actor.VIEWER).get("/api/v1/units/{id}", merged).then().body("activeTo", equalTo("2025-06-30"));
        }
        // both writes audited: the founded unit and the succession
        Api.as(Actor.ADMIN).queryParam("entityType", "Unit").queryParam("entityId", successor).get("/api/v1/audit-events")
                .then().body("items.operation", equalTo(List.of("CREATE"))).body("items[0].changes.name.after", equalTo(name));
        Api.as(Actor.ADMIN).queryParam("entityType", "UnitSuccession").queryParam("entityId", created.getLong("id"))
                .get("/api/v1/audit-events").then().body("items.operation", equalTo(List.of("CREATE")));
    }

    /** The new unit is written before the predecessors are ended; a refusal there takes it back too. */
    @Test
    void aRefusedMergerIntoANewUnitWritesNothing() {
        long leaving = Fixtures.unit().create();
        Fixtures.member(Fixtures.term(Fixtures.bloc().create(), 2026).create(), leaving, "MEMBER");
        var before = rows.counts();
        Api.raw(Actor.ADMIN).body(merger(List.of(leaving, Fixtures.unit().create()), newUnit("Sở Mới " + Fixtures.unique())))
                .post(PATH).then().statusCode(422).body("code", equalTo("SUCCESSION_UNIT_HAS_LATER_MEMBERSHIPS"));
        var after = rows.counts();
        after.put("unit", after.get("unit") - 1); // the second predecessor made for the request
        after.put("unit_name", after.get("unit_name") - 1);
        after.put("audit_event", after.get("audit_event") - 1);
        assertEquals(before, after, "no unit, name, succession or audit event left behind");

        var code = newUnit("Sở Trùng mã " + Fixtures.unique());
        code.put("code", Fixtures.unit().createJson().getString("code"));
        long absorbed = Fixtures.unit().create();
        var beforeTaken = rows.counts();
        Api.raw(Actor.ADMIN).body(merger(List.of(absorbed), code)).post(PATH).then().statusCode(409)
                .body("code", equalTo("UNIT_CODE_TAKEN"));
        assertEquals(beforeTaken, rows.counts());
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", absorbed).then().body("activeTo", equalTo(null));
    }

    @Test
    void aNewSuccessorIsForMergersAndReplacesSuccessorIds() {
        long a = Fixtures.unit().create();
        var both = merger(List.of(a), newUnit("Sở Mới " + Fixtures.unique()));
        both.put("successorIds", List.of(Fixtures.unit().create()));
        Api.raw(Actor.ADMIN).body(both).post(PATH).then().statusCode(422).body("code", equalTo("SUCCESSION_SUCCESSOR_TWICE"))
                .body("errors[0].field", equalTo("successorIds"));
        var dissolve = merger(List.of(a), newUnit("Sở Mới " + Fixtures.unique()));
        dissolve.put("kind", "DISSOLVE");
        Api.raw(Actor.ADMIN).header("Accept-Language", "en").body(dissolve).post(PATH).then().statusCode(422)
                .body("code", equalTo("SUCCESSION_NEW_SUCCESSOR_MERGE_ONLY"))
                .body("detail", containsString("Only a merger"));
        var invalid = merger(List.of(a), Map.of("code", "kém", "name", "", "kind", "SO"));
        Api.raw(Actor.ADMIN).body(invalid).post(PATH).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("newSuccessor.code", "newSuccessor.name"));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", a).then().body("activeTo", equalTo(null));
    }

    @Test
    void aUnitEndsOnce() {
        long absorbed = Fixtures.unit().create();
        Api.as(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01",
                "decision", Fixtures.decision("1290/QĐ-UBND", "2025-06-30"), "predecessorIds", List.of(absorbed),
                "successorIds", List.of(Fixtures.unit().create()))).post(PATH).then().statusCode(201);
        // an earlier dissolution of the same unit would quietly move its end: refused
        Api.raw(Actor.ADMIN).body(Map.of("kind", "DISSOLVE", "effectiveDate", "2024-01-01",
                "decision", Fixtures.decision("9/QĐ-UBND", "2023-12-20"), "predecessorIds", List.of(absorbed)))
                .post(PATH).then().statusCode(409).body("code", equalTo("SUCCESSION_UNIT_ALREADY_ENDED"));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", absorbed).then().body("activeTo", equalTo("2025-06-30"));
    }

    /** The keys themselves, whatever the service checks first: a second link row for the same change is refused. */
    @Test
    void theDatabaseKeysRefuseADuplicateSuccession() throws Exception {
        long absorbed = Fixtures.unit().create();
        long id = Api.as(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01",
                "decision", Fixtures.decision("1290/QĐ-UBND", "2025-06-30"), "predecessorIds", List.of(absorbed),
                "successorIds", List.of(Fixtures.unit().create()))).post(PATH).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        try (Connection c = dataSource.getConnection()) {
            long copy = insert(c, "insert into unit_succession (kind, effective_date, decision_number, decision_date,"
                    + " decision_issuer, created_at, updated_at) select kind, effective_date, decision_number, decision_date,"
                    + " decision_issuer, created_at, updated_at from unit_succession where id = " + id);
            try {
                var same = assertThrows(SQLException.class, () -> insert(c, "insert into unit_succession_link (succession_id,"
                        + " unit_id, kind, effective_date, ends) values (" + copy + ", " + absorbed + ", 'MERGE', '2025-07-01', false)"));
                assertTrue(same.getMessage().contains("uk_unit_succession_once"), same.getMessage());
                var twice = assertThrows(SQLException.class, () -> insert(c, "insert into unit_succession_link (succession_id,"
                        + " unit_id, kind, effective_date, ends) values (" + copy + ", " + absorbed + ", 'DISSOLVE', '2024-01-01', true)"));
                assertTrue(twice.getMessage().contains("uk_unit_succession_ends_once"), twice.getMessage());
            } finally {
                insert(c, "delete from unit_succession where id = " + copy);
            }
        }
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (var keys = st.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    @Test
    void asOfBeforeTheUnitExistedIsNotFound() {
        long unit = Fixtures.unit().create(); // active from 2000-01-01
        Api.raw(Actor.VIEWER).get("/api/v1/units/{id}?asOf=1999-12-31", unit).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("UNIT_NOT_YET_ACTIVE"))
                .body("detail", containsString("01/01/2000"));
        Api.raw(Actor.VIEWER).header("Accept-Language", "en").get("/api/v1/units/{id}?asOf=1999-12-31", unit).then()
                .statusCode(404).body("detail", containsString("did not exist on 1999-12-31"));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}?asOf=2000-01-01", unit).then().statusCode(200);
    }
}
