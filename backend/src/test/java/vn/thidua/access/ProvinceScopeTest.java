package vn.thidua.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Keycloak;
import vn.thidua.support.Rows;
import vn.thidua.support.SeedCases;

/**
 * The province as the scope of every read and write (docs/adr/0006-province-scope-and-roles.md).
 * {@code admin} is the Board of Thái Nguyên (19), whose scope holds Bắc Kạn (06) by lineage;
 * {@code admin.bn} that of Bắc Ninh (27); {@code bnv} the Ministry.
 */
@QuarkusTest
class ProvinceScopeTest {

    @Inject
    Rows rows;

    @BeforeEach
    void seed() {
        SeedCases.ensureLoaded();
    }

    @Test
    void anotherProvincesIdsAnswerExactlyLikeMissingOnesAndChangeNothing() {
        long unit = Fixtures.unit().create();
        long missing = 999_999_999L;
        Response foreign = Api.raw(Actor.OTHER_ADMIN).get("/api/v1/units/{id}", unit);
        Response absent = Api.raw(Actor.OTHER_ADMIN).get("/api/v1/units/{id}", missing);
        assertEquals(404, foreign.statusCode());
        assertEquals(absent.jsonPath().getString("type"), foreign.jsonPath().getString("type"));
        assertEquals(absent.jsonPath().getString("title"), foreign.jsonPath().getString("title"));
        assertEquals("UNIT_NOT_FOUND", foreign.jsonPath().getString("code"));
        assertEquals(absent.jsonPath().getString("detail").replace(Long.toString(missing), "#"),
                foreign.jsonPath().getString("detail").replace(Long.toString(unit), "#"));

        String etag = Fixtures.etag("/api/v1/units/{id}", unit);
        Map<String, Long> before = rows.counts();
        Api.raw(Actor.OTHER_ADMIN).header("If-Match", etag).body(Fixtures.unit().body()).put("/api/v1/units/{id}", unit)
                .then().statusCode(404).contentType("application/problem+json");
        Api.raw(Actor.OTHER_ADMIN).header("If-Match", etag).delete("/api/v1/units/{id}", unit).then().statusCode(404);
        assertEquals(before, rows.counts());
        assertEquals(etag, Fixtures.etag("/api/v1/units/{id}", unit), "the unit is unchanged");

        long term = SeedCases.termId("bk", 2023);
        for (String path : List.of("/api/v1/terms/" + term, "/api/v1/terms/" + term + "/memberships",
                "/api/v1/units/" + SeedCases.unitId("BKN.SXD"))) {
            Api.raw(Actor.OTHER_PROVINCE_OFFICER).get(path).then().statusCode(404);
            Api.raw(Actor.NB_ADMIN).get(path).then().statusCode(404);
            Api.raw(Actor.MEMBER_OFFICER).get(path).then().statusCode(200);
        }
    }

    @Test
    void listsHoldOnlyRowsOfTheCallersProvinces() {
        long bnUnit = SeedCases.unitId("BNH.QDTPT");
        long bnBloc = Api.as(Actor.OTHER_ADMIN).get("/api/v1/terms/{id}", SeedCases.termId("bn", 2024)).jsonPath()
                .getLong("blocId");
        Api.as(Actor.ADMIN).queryParam("code", "BNH.QDTPT").get("/api/v1/units").then().body("total", equalTo(0));
        Api.as(Actor.OTHER_ADMIN).queryParam("code", "BNH.QDTPT").get("/api/v1/units").then().body("total", equalTo(1));
        Api.as(Actor.NATIONAL).queryParam("code", "BNH.QDTPT").get("/api/v1/units").then().body("total", equalTo(1));
        // A filter naming another province's row finds nothing either.
        Api.as(Actor.ADMIN).queryParam("blocId", bnBloc).get("/api/v1/terms").then().body("total", equalTo(0));
        Api.as(Actor.ADMIN).queryParam("unitId", bnUnit).get("/api/v1/terms").then().body("total", equalTo(0));
        Api.as(Actor.OTHER_ADMIN).queryParam("unitId", SeedCases.unitId("BKN.SGTVT")).get("/api/v1/unit-successions")
                .then().body("total", equalTo(0));
        Api.as(Actor.ADMIN).queryParam("unitId", SeedCases.unitId("BKN.SGTVT")).get("/api/v1/unit-successions")
                .then().body("total", equalTo(1));
        Api.as(Actor.OTHER_ADMIN).queryParam("q", "Kinh tế – Kỹ thuật").queryParam("size", 100).get("/api/v1/blocs")
                .then().body("items.provinceCode", everyItem(in(List.of("27", "24"))));
        // The audit trail follows its entities.
        Api.as(Actor.ADMIN).queryParam("entityType", "Unit").queryParam("entityId", bnUnit).get("/api/v1/audit-events")
                .then().body("total", equalTo(0));
        Api.as(Actor.OTHER_ADMIN).queryParam("entityType", "Unit").queryParam("entityId", bnUnit)
                .get("/api/v1/audit-events").then().body("total", greaterThan(0));
        Api.as(Actor.NATIONAL).queryParam("entityType", "Unit").queryParam("entityId", bnUnit)
                .get("/api/v1/audit-events").then().body("total", greaterThan(0));
    }

    @Test
    void aProvinceIdFilterNarrowsTheScopeButNeverWidensIt() {
        long bacNinh = Fixtures.provinceId("27");
        long bacKan = Fixtures.provinceId("06");
        for (String path : List.of("/api/v1/units", "/api/v1/blocs", "/api/v1/terms")) {
            Api.as(Actor.ADMIN).queryParam("provinceId", bacNinh).get(path).then().statusCode(200)
                    .body("total", equalTo(0));
            Api.as(Actor.VIEWER).queryParam("provinceId", bacNinh).get(path).then().body("total", equalTo(0));
            Api.as(Actor.OTHER_ADMIN).queryParam("provinceId", bacNinh).get(path).then()
                    .body("total", greaterThan(0)).body("items.provinceCode", everyItem(equalTo("27")));
        }
        Api.as(Actor.ADMIN).queryParam("provinceId", bacKan).queryParam("code", "BKN.SXD").get("/api/v1/units").then()
                .body("total", equalTo(1));
        Api.as(Actor.NATIONAL).queryParam("provinceId", bacNinh).queryParam("size", 100).get("/api/v1/blocs").then()
                .body("items.provinceCode", everyItem(equalTo("27")));
    }

    @Test
    void theNationalScopeReadsEveryProvinceAndWritesNothing() {
        for (String key : List.of("bk-2023", "bn-2024", "hn-2013")) {
            String[] parts = key.split("-");
            long term = SeedCases.termId(parts[0], Integer.parseInt(parts[1]));
            Api.as(Actor.NATIONAL).get("/api/v1/terms/{id}", term).then().statusCode(200);
            Api.as(Actor.NATIONAL_VIEWER).get("/api/v1/terms/{id}/memberships", term).then().statusCode(200);
        }
        String nationalPortal = Keycloak.clientToken("thidua-portal-national", "portal-national-dev-secret");
        Api.as(Actor.ANONYMOUS).header("Authorization", "Bearer " + nationalPortal)
                .get("/api/v1/units/{id}", SeedCases.unitId("BNH.QDTPT")).then().statusCode(200);
        Api.as(Actor.NATIONAL).get("/api/v1/me").then().body("national", equalTo(true)).body("province", nullValue());

        long unit = Fixtures.unit().create();
        String etag = Fixtures.etag("/api/v1/units/{id}", unit);
        Map<String, Long> before = rows.counts();
        for (Actor national : List.of(Actor.NATIONAL, Actor.NATIONAL_VIEWER)) {
            Api.raw(national).body(Fixtures.unit().body()).post("/api/v1/units").then().statusCode(403)
                    .contentType("application/problem+json");
            Api.raw(national).body(Fixtures.bloc().body()).post("/api/v1/blocs").then().statusCode(403);
            Api.raw(national).header("If-Match", etag).body(Fixtures.unit().body()).put("/api/v1/units/{id}", unit)
                    .then().statusCode(403);
            Api.raw(national).header("If-Match", etag).delete("/api/v1/units/{id}", unit).then().statusCode(403);
        }
        Api.as(Actor.ANONYMOUS).header("Authorization", "Bearer " + nationalPortal).body(Fixtures.unit().body())
                .post("/api/v1/units").then().statusCode(403);
        assertEquals(before, rows.counts());
    }

    @Test
    void anAccountWithoutAProvinceIsRefusedEverywhereWithAClearMessage() {
        for (String path : List.of("/api/v1/me", "/api/v1/units", "/api/v1/blocs", "/api/v1/provinces")) {
            Api.raw(Actor.NO_PROVINCE_ADMIN).get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("PROVINCE_CLAIM_MISSING"))
                    .body("detail", containsString("chưa được gán tỉnh, thành phố"))
                    .body("detail", containsString("'province'"));
        }
        Api.raw(Actor.NO_PROVINCE_ADMIN).header("Accept-Language", "en").body(Fixtures.unit().body())
                .post("/api/v1/units").then().statusCode(403).body("detail", containsString("has no province"));
    }

    @Test
    void anOfficersProvinceIsTheirUnitsAndAViewersOrPortalsIsTheirClaim() {
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/me").then().body("national", equalTo(false))
                .body("province.code", equalTo("06")).body("province.displayName", equalTo("tỉnh Bắc Kạn"));
        Api.as(Actor.OTHER_PROVINCE_OFFICER).get("/api/v1/me").then().body("province.code", equalTo("27"));
        Api.as(Actor.ADMIN).get("/api/v1/me").then().body("province.code", equalTo("19"))
                .body("province.name", equalTo("Thái Nguyên"));
        Api.as(Actor.PORTAL).get("/api/v1/me").then().body("province.code", equalTo("19"));

        // Thái Nguyên's own rows are beyond a Bắc Kạn officer (Bắc Kạn's lineage is Bắc Kạn alone).
        long thaiNguyenUnit = Fixtures.unit().create();
        Api.as(Actor.ADMIN).get("/api/v1/units/{id}", thaiNguyenUnit).then().statusCode(200);
        Api.raw(Actor.MEMBER_OFFICER).get("/api/v1/units/{id}", thaiNguyenUnit).then().statusCode(404);
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", thaiNguyenUnit).then().statusCode(200);

        long bnUnit = SeedCases.unitId("BNH.QDTPT");
        Api.raw(Actor.VIEWER).get("/api/v1/units/{id}", bnUnit).then().statusCode(404);
        Api.raw(Actor.PORTAL).get("/api/v1/units/{id}", bnUnit).then().statusCode(404);
        String bnPortal = Keycloak.clientToken("thidua-portal-bn", "portal-bn-dev-secret");
        Api.as(Actor.ANONYMOUS).header("Authorization", "Bearer " + bnPortal).get("/api/v1/units/{id}", bnUnit).then()
                .statusCode(200);
        Api.as(Actor.ANONYMOUS).header("Authorization", "Bearer " + bnPortal)
                .get("/api/v1/units/{id}", SeedCases.unitId("BKN.SXD")).then().statusCode(404);
    }

    @Test
    void anOfficersUnitIsFoundByProvinceAndCodeNeverByCodeAlone() {
        // Unit codes are unique per province only: the same code in Thái Nguyên (19) and Bắc Ninh (27).
        String code = "T.TRUNG." + Fixtures.unique();
        long thaiNguyen = Fixtures.unit().code(code).create();
        long bacNinh = Fixtures.unit().code(code).inProvince(Fixtures.provinceId("27")).create(Actor.OTHER_ADMIN);
        String bnOfficer = Keycloak.officerToken("test.officer.trung.bn", code, "27");
        Api.withToken(bnOfficer).get("/api/v1/me").then().statusCode(200).body("unit.id", equalTo((int) bacNinh))
                .body("province.code", equalTo("27"));
        Api.withToken(bnOfficer).get("/api/v1/units/{id}", bacNinh).then().statusCode(200);
        Api.raw(Actor.ANONYMOUS).header("Authorization", "Bearer " + bnOfficer).get("/api/v1/units/{id}", thaiNguyen)
                .then().statusCode(404);
        String tnOfficer = Keycloak.officerToken("test.officer.trung.tn", code, "19");
        Api.withToken(tnOfficer).get("/api/v1/me").then().statusCode(200).body("unit.id", equalTo((int) thaiNguyen))
                .body("province.code", equalTo("19"));
        Api.raw(Actor.ANONYMOUS).header("Authorization", "Bearer " + tnOfficer).get("/api/v1/units/{id}", bacNinh)
                .then().statusCode(404);

        // A code without its province is ambiguous; a province without that code does not match: both 403.
        String noProvince = Keycloak.officerToken("test.officer.trung.none", code, null);
        Api.raw(Actor.ANONYMOUS).header("Authorization", "Bearer " + noProvince).get("/api/v1/units").then()
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("OFFICER_WITHOUT_PROVINCE"))
                .body("detail", containsString("'province'"));
        String wrongProvince = Keycloak.officerToken("test.officer.trung.nb", code, "37");
        Api.raw(Actor.ANONYMOUS).header("Authorization", "Bearer " + wrongProvince).header("Accept-Language", "en")
                .get("/api/v1/me").then().statusCode(403).body("code", equalTo("OFFICER_UNIT_NOT_IN_PROVINCE"))
                .body("detail", containsString("province 37 has no unit with code " + code));
    }

    @Test
    void aUnitJoinsOnlyTermsOfBlocsOfItsOwnProvince() {
        long thaiNguyenTerm = Fixtures.term(Fixtures.bloc().create(), 2026).create();
        long bacKanUnit = Fixtures.unit().inProvince(Fixtures.provinceId("06")).create();
        Map<String, Long> before = rows.counts();
        Api.raw(Actor.ADMIN).header("Accept-Language", "en").body(Map.of("unitId", bacKanUnit, "role", "MEMBER"))
                .post("/api/v1/terms/{id}/memberships", thaiNguyenTerm).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("MEMBERSHIP_PROVINCE_MISMATCH"))
                .body("errors[0].field", equalTo("unitId"))
                .body("detail", containsString("joins only blocs of its own province"));
        // Another province's unit is refused like an unknown one.
        Response foreign = Api.raw(Actor.ADMIN).header("Accept-Language", "en")
                .body(Map.of("unitId", SeedCases.unitId("BNH.QDTPT"), "role", "MEMBER"))
                .post("/api/v1/terms/{id}/memberships", thaiNguyenTerm);
        Response unknown = Api.raw(Actor.ADMIN).header("Accept-Language", "en")
                .body(Map.of("unitId", 999_999_999L, "role", "MEMBER"))
                .post("/api/v1/terms/{id}/memberships", thaiNguyenTerm);
        assertEquals(422, foreign.statusCode());
        assertEquals(unknown.jsonPath().getString("code"), foreign.jsonPath().getString("code"));
        assertEquals(unknown.jsonPath().getString("detail").replace("999999999", "#"),
                foreign.jsonPath().getString("detail").replace(Long.toString(SeedCases.unitId("BNH.QDTPT")), "#"));
        assertEquals(before, rows.counts());
        long thaiNguyenUnit = Fixtures.unit().create();
        Fixtures.member(thaiNguyenTerm, thaiNguyenUnit, "MEMBER");
    }

    @Test
    void newUnitsAndBlocsGoToTheCallersProvinceOrOneTheyWrite() {
        Api.as(Actor.ADMIN).body(Fixtures.unit().body()).post("/api/v1/units").then().statusCode(201)
                .body("provinceCode", equalTo("19"));
        Api.as(Actor.ADMIN).body(Fixtures.unit().inProvince(Fixtures.provinceId("06")).body()).post("/api/v1/units")
                .then().statusCode(201).body("provinceCode", equalTo("06"));
        Api.as(Actor.OTHER_ADMIN).body(Fixtures.bloc().body()).post("/api/v1/blocs").then().statusCode(201)
                .body("provinceCode", equalTo("27"));
        Map<String, Long> before = rows.counts();
        for (String path : List.of("/api/v1/units", "/api/v1/blocs")) {
            Object body = path.endsWith("units") ? Fixtures.unit().inProvince(Fixtures.provinceId("27")).body()
                    : Fixtures.bloc().inProvince(Fixtures.provinceId("27")).body();
            Api.raw(Actor.ADMIN).body(body).post(path).then().statusCode(422)
                    .body("code", equalTo("PROVINCE_OUT_OF_SCOPE")).body("errors[0].field", equalTo("provinceId"))
                    .body("detail", containsString("không thuộc phạm vi quản lý"));
        }
        assertEquals(before, rows.counts());
    }

    @Test
    void aSuccessionShowsOnlyToCallersWhoSeeEveryUnitItNames() {
        // 2025: a Bắc Kạn unit merged into a Thái Nguyên one; the Thái Nguyên Board records it.
        long bacKan = Fixtures.unit().inProvince(Fixtures.provinceId("06")).create();
        long thaiNguyen = Fixtures.unit().create();
        long succession = Api.as(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01", "decision",
                Fixtures.decision("9/QĐ-UBND", "2025-06-30"), "predecessorIds", List.of(bacKan), "successorIds",
                List.of(thaiNguyen))).post("/api/v1/unit-successions").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Api.as(Actor.ADMIN).get("/api/v1/unit-successions/{id}", succession).then().statusCode(200);
        Api.as(Actor.NATIONAL).get("/api/v1/unit-successions/{id}", succession).then().statusCode(200);
        Api.raw(Actor.MEMBER_OFFICER).get("/api/v1/unit-successions/{id}", succession).then().statusCode(404);
        Api.as(Actor.MEMBER_OFFICER).queryParam("unitId", bacKan).get("/api/v1/unit-successions").then()
                .body("total", equalTo(0));
        Api.as(Actor.ADMIN).queryParam("unitId", bacKan).get("/api/v1/unit-successions").then()
                .body("items.id", hasItem((int) succession));
        Api.raw(Actor.OTHER_ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01", "decision",
                Fixtures.decision("10/QĐ-UBND", "2025-06-30"), "predecessorIds", List.of(Fixtures.unit().create()),
                "successorIds", List.of(SeedCases.unitId("BNH.QDTPT")))).post("/api/v1/unit-successions").then()
                .statusCode(422).body("code", equalTo("SUCCESSION_UNIT_UNKNOWN"));
    }
}
