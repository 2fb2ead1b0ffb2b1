package vn.thidua.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.SeedCases;

/**
 * Every operation of openapi.yaml × every kind of caller, with real Keycloak tokens. An operation
 * added to the contract without a row here fails {@link #everyOperationOfTheContractHasARow()}.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** Who may call an operation. */
    enum Access {
        /** any signed-in role: admin, officer, viewer, portal */
        READ,
        /** the Board's admins only */
        ADMIN
    }

    record Row(Access access, int success, BiFunction<RequestSpecification, Actor, Response> call) {
    }

    private static final Map<String, Row> ROWS = new LinkedHashMap<>();

    static {
        read("getCurrentUser", (spec, a) -> spec.get("/api/v1/me"));
        read("listProvinces", (spec, a) -> spec.get("/api/v1/provinces?q=ha nam"));
        read("getProvince", (spec, a) -> spec.get("/api/v1/provinces/{id}", Fixtures.provinceId("35")));
        read("listUnits", (spec, a) -> spec.get("/api/v1/units?q=so"));
        read("getUnit", (spec, a) -> spec.get("/api/v1/units/{id}", SeedCases.unitId("BKN.SXD")));
        write("createUnit", 201, (spec, a) -> spec.body(Fixtures.unit().body()).post("/api/v1/units"));
        write("updateUnit", 200, (spec, a) -> {
            var unit = Fixtures.unit();
            long id = unit.create();
            return spec.header("If-Match", "\"0\"").body(unit.body()).put("/api/v1/units/{id}", id);
        });
        write("deleteUnit", 204, (spec, a) -> spec.header("If-Match", "\"0\"")
                .delete("/api/v1/units/{id}", Fixtures.unit().create()));
        read("listUnitSuccessions", (spec, a) -> spec.get("/api/v1/unit-successions"));
        read("getUnitSuccession", (spec, a) -> spec.get("/api/v1/unit-successions/{id}", seedSuccession()));
        write("createUnitSuccession", 201, (spec, a) -> spec.body(Map.of("kind", "MERGE", "effectiveDate",
                "2025-07-01", "decision", Fixtures.decision("7/QĐ-UBND", "2025-06-30"), "predecessorIds",
                List.of(Fixtures.unit().create()), "successorIds", List.of(Fixtures.unit().create())))
                .post("/api/v1/unit-successions"));
        read("listBlocs", (spec, a) -> spec.get("/api/v1/blocs"));
        read("getBloc", (spec, a) -> spec.get("/api/v1/blocs/{id}", seedBloc()));
        write("createBloc", 201, (spec, a) -> spec.body(Fixtures.bloc().body()).post("/api/v1/blocs"));
        write("updateBloc", 200, (spec, a) -> {
            var bloc = Fixtures.bloc();
            long id = bloc.create();
            return spec.header("If-Match", "\"0\"").body(bloc.body()).put("/api/v1/blocs/{id}", id);
        });
        write("deleteBloc", 204, (spec, a) -> spec.header("If-Match", "\"0\"")
                .delete("/api/v1/blocs/{id}", Fixtures.bloc().create()));
        read("listTerms", (spec, a) -> spec.get("/api/v1/terms?year=2023"));
        read("getTerm", (spec, a) -> spec.get("/api/v1/terms/{id}", SeedCases.termId("bk", 2023)));
        write("createTerm", 201, (spec, a) -> spec.body(Map.of("blocId", Fixtures.bloc().create(), "year", 2025))
                .post("/api/v1/terms"));
        write("updateTerm", 200, (spec, a) -> spec.header("If-Match", "\"0\"")
                .body(Map.of("decision", Fixtures.decision("3/QĐ-UBND", "2025-01-05")))
                .put("/api/v1/terms/{id}", newTerm()));
        write("deleteTerm", 204, (spec, a) -> spec.header("If-Match", "\"0\"")
                .delete("/api/v1/terms/{id}", newTerm()));
        write("changeTermStatus", 200, (spec, a) -> {
            long term = newTerm();
            Fixtures.member(term, Fixtures.unit().create(), "LEADER");
            return spec.header("If-Match", "\"0\"").body(Map.of("status", "ACTIVE"))
                    .post("/api/v1/terms/{id}/status", term);
        });
        read("listMemberships", (spec, a) -> spec.get("/api/v1/terms/{id}/memberships", SeedCases.termId("bk", 2023))
                );
        write("addMembership", 201, (spec, a) -> spec.body(Map.of("unitId", Fixtures.unit().create(), "role", "MEMBER"))
                .post("/api/v1/terms/{id}/memberships", newTerm()));
        read("getMembership", (spec, a) -> spec.get("/api/v1/memberships/{id}", seedMembership()));
        write("updateMembership", 200, (spec, a) -> spec.header("If-Match", "\"0\"")
                .body(Map.of("role", "DEPUTY", "joinedOn", "2025-01-01"))
                .put("/api/v1/memberships/{id}", newMembership()));
        write("deleteMembership", 204, (spec, a) -> spec.header("If-Match", "\"0\"")
                .delete("/api/v1/memberships/{id}", newMembership()));
        ROWS.put("listAuditEvents", new Row(Access.ADMIN, 200,
                (spec, a) -> spec.get("/api/v1/audit-events")));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationForEveryCaller() {
        List<DynamicTest> tests = new ArrayList<>();
        ROWS.forEach((operation, row) -> {
            for (Actor actor : Actor.values()) {
                int expected = expected(row, actor);
                tests.add(DynamicTest.dynamicTest(operation + " as " + actor + " → " + expected, () -> {
                    SeedCases.ensureLoaded();
                    AuditedWrites audited = new AuditedWrites();
                    Response response = row.call().apply(Api.raw(actor).filter(audited), actor);
                    assertEquals(expected, response.statusCode(), operation + " as " + actor);
                    if (actor == Actor.ADMIN) {
                        assertSuccessShape(operation, response, audited);
                    }
                }));
            }
        });
        return tests.stream();
    }

    @Test
    void everyOperationOfTheContractHasARow() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Api.CONTRACT)).get("paths");
        TreeSet<String> operations = new TreeSet<>();
        for (Iterator<JsonNode> it = paths.elements(); it.hasNext();) {
            it.next().elements().forEachRemaining(op -> operations.add(op.get("operationId").asText()));
        }
        TreeSet<String> missing = new TreeSet<>(operations);
        missing.removeAll(ROWS.keySet());
        assertTrue(missing.isEmpty(), "operations without an authorisation row: " + missing);
        TreeSet<String> stale = new TreeSet<>(ROWS.keySet());
        stale.removeAll(operations);
        assertTrue(stale.isEmpty(), "rows for operations not in the contract: " + stale);
    }

    /** What every success promises: 201 + Location + ETag, an ETag on single reads, an audit event per write. */
    private static void assertSuccessShape(String operation, Response response, AuditedWrites audited) {
        if (response.statusCode() == 201) {
            String location = response.header("Location");
            assertTrue(location != null && location.contains("/api/v1/"), operation + ": 201 without Location");
            assertTrue(response.header("ETag") != null, operation + ": 201 without ETag");
        }
        if (operation.startsWith("get") && !operation.equals("getCurrentUser")) {
            assertTrue(response.header("ETag") != null, operation + ": single read without ETag");
        }
        if (audited.wrote()) {
            assertTrue(audited.eventsAdded() > 0, operation + ": a write left no audit event");
        }
    }

    /** Counts audit events around each non-GET request, so every successful write must add one. */
    static final class AuditedWrites implements Filter {
        private long added;
        private boolean wrote;

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if ("GET".equals(request.getMethod())) {
                return context.next(request, response);
            }
            long before = auditTotal();
            Response result = context.next(request, response);
            if (result.statusCode() < 300) {
                wrote = true;
                added += auditTotal() - before;
            }
            return result;
        }

        boolean wrote() {
            return wrote;
        }

        long eventsAdded() {
            return added;
        }

        private static long auditTotal() {
            return Api.unvalidated(Actor.ADMIN).get("/api/v1/audit-events?size=1").jsonPath().getLong("total");
        }
    }

    static int expected(Row row, Actor actor) {
        return switch (actor) {
            case ANONYMOUS -> 401;
            case INACTIVE_UNIT_OFFICER, UNKNOWN_UNIT_OFFICER -> 403;
            case ADMIN -> row.success();
            default -> row.access() == Access.READ ? row.success() : 403;
        };
    }

    private static void read(String operation, BiFunction<RequestSpecification, Actor, Response> call) {
        ROWS.put(operation, new Row(Access.READ, 200, call));
    }

    private static void write(String operation, int success, BiFunction<RequestSpecification, Actor, Response> call) {
        ROWS.put(operation, new Row(Access.ADMIN, success, call));
    }

    private static long newTerm() {
        return Fixtures.term(Fixtures.bloc().create(), 2025).create();
    }

    private static long newMembership() {
        return Fixtures.member(newTerm(), Fixtures.unit().create(), "MEMBER");
    }

    private static long seedBloc() {
        return Api.as(Actor.ADMIN).get("/api/v1/terms/{id}", SeedCases.termId("bk", 2023)).jsonPath().getLong("blocId");
    }

    private static long seedMembership() {
        return Api.as(Actor.ADMIN).get("/api/v1/terms/{id}/memberships", SeedCases.termId("bk", 2023)).jsonPath()
                .getLong("items[0].id");
    }

    private static long seedSuccession() {
        return Api.as(Actor.ADMIN).get("/api/v1/unit-successions?unitId=" + SeedCases.unitId("BKN.SGTVT")).jsonPath()
                .getLong("items[0].id");
    }
}
