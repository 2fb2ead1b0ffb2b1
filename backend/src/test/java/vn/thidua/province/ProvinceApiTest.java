package vn.thidua.province;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Keycloak;
import vn.thidua.support.SeedCases;

@QuarkusTest
class ProvinceApiTest {

    @Test
    void the63ProvincesBefore2025AndThe34After() {
        Api.as(Actor.VIEWER).queryParam("activeOn", "2025-06-30").get("/api/v1/provinces").then().statusCode(200)
                .body("total", equalTo(63));
        Api.as(Actor.VIEWER).queryParam("activeOn", "2025-07-01").queryParam("size", 100).get("/api/v1/provinces")
                .then().statusCode(200).body("total", equalTo(34))
                .body("items.name", not(hasItem("Bắc Kạn"))).body("items.name", hasItem("Thái Nguyên"));
    }

    @Test
    void searchWithAndWithoutDiacriticsAndByCode() {
        for (String q : List.of("Bắc Kạn", "bac kan", "BAC KAN", "06")) {
            Api.as(Actor.VIEWER).queryParam("q", q).get("/api/v1/provinces").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].code", equalTo("06"))
                    .body("items[0].name", equalTo("Bắc Kạn")).body("items[0].displayName", equalTo("tỉnh Bắc Kạn"))
                    .body("items[0].activeTo", equalTo("2025-06-30"));
        }
        // A former name finds the province: Thừa Thiên Huế is Thành phố Huế since 2025.
        Api.as(Actor.VIEWER).queryParam("q", "thua thien").get("/api/v1/provinces").then()
                .body("total", equalTo(1)).body("items[0].displayName", equalTo("thành phố Huế"));
        Api.as(Actor.VIEWER).queryParam("q", "đà nẵng").get("/api/v1/provinces").then()
                .body("items.code", equalTo(List.of("48")));
    }

    @Test
    void detailShowsTheNameHistoryWithAnETag() {
        long hue = Fixtures.provinceId("46");
        Api.as(Actor.PORTAL).get("/api/v1/provinces/{id}", hue).then().statusCode(200)
                .header("ETag", notNullValue()).body("code", equalTo("46")).body("level", equalTo("THANH_PHO"))
                .body("names.name", equalTo(List.of("Thừa Thiên Huế", "Huế")))
                .body("names[0].displayName", equalTo("tỉnh Thừa Thiên Huế"))
                .body("names[0].validTo", equalTo("2024-12-31")).body("names[1].validFrom", equalTo("2025-01-01"));
        Api.as(Actor.VIEWER).get("/api/v1/provinces/{id}", 999_999).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void unitsBlocsAndTermsShowTheirProvince() {
        long hanam = Fixtures.provinceId("35");
        long term = SeedCases.termId("hn", 2013);
        Api.as(Actor.NB_ADMIN).get("/api/v1/terms/{id}", term).then().statusCode(200)
                .body("provinceId", equalTo((int) hanam)).body("provinceCode", equalTo("35"))
                .body("provinceName", equalTo("Hà Nam"));
        Api.as(Actor.NATIONAL_VIEWER).get("/api/v1/units/{id}", SeedCases.unitId("BNH.QDTPT")).then()
                .body("provinceCode", equalTo("27")).body("provinceName", equalTo("Bắc Ninh"));
    }

    @Test
    void the2025MergersShowPredecessorsAndSuccessorsWithTheirDecision() {
        Api.as(Actor.VIEWER).get("/api/v1/provinces/{id}", Fixtures.provinceId("37")).then().statusCode(200)
                .body("successions.size()", equalTo(1))
                .body("successions[0].kind", equalTo("MERGE"))
                .body("successions[0].effectiveDate", equalTo("2025-07-01"))
                .body("successions[0].decision.number", equalTo("202/2025/QH15"))
                .body("successions[0].decision.date", equalTo("2025-06-12"))
                .body("successions[0].decision.issuer", equalTo("Quốc hội"))
                .body("successions[0].predecessors.name", equalTo(List.of("Hà Nam", "Nam Định", "Ninh Bình")))
                .body("successions[0].successors.displayName", equalTo(List.of("tỉnh Ninh Bình")));
        Api.as(Actor.VIEWER).get("/api/v1/provinces/{id}", Fixtures.provinceId("06")).then().statusCode(200)
                .body("activeTo", equalTo("2025-06-30"))
                .body("successions[0].successors.name", equalTo(List.of("Thái Nguyên")));
        Api.as(Actor.VIEWER).get("/api/v1/provinces/{id}", Fixtures.provinceId("27")).then()
                .body("activeTo", equalTo(null))
                .body("successions[0].predecessors.code", equalTo(List.of("24", "27")));
        // Unchanged in 2025: no succession.
        Api.as(Actor.VIEWER).get("/api/v1/provinces/{id}", Fixtures.provinceId("01")).then()
                .body("successions.size()", equalTo(0));
    }

    @Test
    void aTermShowsItsProvinceAsNamedInItsYear() {
        long hue = Fixtures.provinceId("46");
        String hueBoard = Keycloak.boardAdminToken("46"); // no demo admin governs Huế
        long bloc = Api.withToken(hueBoard).body(Fixtures.bloc().inProvince(hue).body()).post("/api/v1/blocs").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long term2024 = Api.withToken(hueBoard).body(Map.of("blocId", bloc, "year", 2024)).post("/api/v1/terms").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long term2025 = Api.withToken(hueBoard).body(Map.of("blocId", bloc, "year", 2025)).post("/api/v1/terms").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Actor.NATIONAL_VIEWER).get("/api/v1/terms/{id}", term2024).then().body("provinceName", equalTo("Thừa Thiên Huế"));
        Api.as(Actor.NATIONAL_VIEWER).get("/api/v1/terms/{id}", term2025).then().body("provinceName", equalTo("Huế"));
        Api.as(Actor.NATIONAL_VIEWER).queryParam("blocId", bloc).queryParam("sort", "year").get("/api/v1/terms").then()
                .body("items.provinceName", equalTo(List.of("Thừa Thiên Huế", "Huế")));
    }

    @Test
    void aDecisionKeepsItsIssuerAfterTheProvinceMerged() {
        long hanam = Fixtures.provinceId("35");
        long bloc = Fixtures.bloc().inProvince(hanam).create(Actor.NB_ADMIN);
        Map<String, Object> decision = Fixtures.decision("12/QĐ-UBND", "2013-01-20");
        decision.put("issuer", "UBND tỉnh Hà Nam");
        long term = Api.as(Actor.NB_ADMIN).body(Map.of("blocId", bloc, "year", 2013, "decision", decision))
                .post("/api/v1/terms").then().statusCode(201).extract().jsonPath().getLong("id");
        // Hà Nam ended on 30/6/2025 (merged into Ninh Bình); the 2013 term still reads as it was decided.
        Api.as(Actor.NATIONAL_VIEWER).get("/api/v1/terms/{id}", term).then().statusCode(200)
                .body("decision.issuer", equalTo("UBND tỉnh Hà Nam")).body("provinceName", equalTo("Hà Nam"))
                .body("provinceCode", equalTo("35"));
    }

    @Test
    void listsFilterByProvince() {
        long backan = Fixtures.provinceId("06");
        long bacninh = Fixtures.provinceId("27");
        SeedCases.ensureLoaded();
        Api.as(Actor.NATIONAL_VIEWER).queryParam("provinceId", bacninh).queryParam("size", 100).get("/api/v1/units").then()
                .statusCode(200).body("items.provinceCode", everyItem(equalTo("27")))
                .body("items.code", hasItem("BNH.QDTPT")).body("items.code", not(hasItem("BKN.SXD")));
        Api.as(Actor.NATIONAL_VIEWER).queryParam("provinceId", backan).queryParam("q", "kinh te").get("/api/v1/blocs").then()
                .statusCode(200).body("items.provinceCode", everyItem(equalTo("06")))
                .body("items.name", hasItem("Khối thi đua Kinh tế – Kỹ thuật"));
        List<String> years = Api.as(Actor.NATIONAL_VIEWER).queryParam("provinceId", bacninh).get("/api/v1/terms").jsonPath()
                .getList("items.provinceCode");
        assertThat(years, everyItem(equalTo("27")));
        assertThat(years, not(List.of()));
        Api.as(Actor.VIEWER).queryParam("provinceId", "abc").get("/api/v1/units").then().statusCode(400);
    }

    @Test
    void aBlocNameIsUniquePerProvince() {
        String name = "Khối thi đua Văn hóa – Xã hội " + Fixtures.unique();
        long backan = Fixtures.provinceId("06");
        long hanam = Fixtures.provinceId("35");
        Fixtures.bloc().named(name).inProvince(backan).create();
        Fixtures.bloc().named(name).inProvince(hanam).create(Actor.NB_ADMIN);
        Api.as(Actor.NB_ADMIN).body(Fixtures.bloc().named(name).inProvince(hanam).body()).post("/api/v1/blocs").then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("BLOC_NAME_TAKEN"))
                .body("detail", containsString("tỉnh Hà Nam"));
        List<String> provinces = Api.as(Actor.NATIONAL_VIEWER).queryParam("q", name).get("/api/v1/blocs").jsonPath()
                .getList("items.provinceCode");
        assertThat(provinces, containsInAnyOrder("06", "35"));
    }

    @Test
    void aUnitCodeIsUniquePerProvince() {
        String code = "T.DUP" + Fixtures.unique();
        Fixtures.unit().code(code).inProvince(Fixtures.provinceId("06")).create();
        Fixtures.unit().code(code).inProvince(Fixtures.provinceId("27")).create(Actor.OTHER_ADMIN);
        Api.as(Actor.OTHER_ADMIN).body(Fixtures.unit().code(code).inProvince(Fixtures.provinceId("27")).body())
                .post("/api/v1/units").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("UNIT_CODE_TAKEN"));
    }

    @Test
    void anUnknownProvinceIsRefusedAndAProvinceCannotChange() {
        Api.as(Actor.ADMIN).body(Fixtures.bloc().inProvince(999_999).body()).post("/api/v1/blocs").then()
                // Scope is checked first: a province the admin cannot act in (unknown ones included) is refused.
                .statusCode(422).body("code", equalTo("PROVINCE_OUT_OF_SCOPE")).body("errors[0].field", equalTo("provinceId"));
        var unit = Fixtures.unit().inProvince(Fixtures.provinceId("06"));
        long id = unit.create();
        unit.inProvince(Fixtures.provinceId("27"));
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/units/{id}", id)).body(unit.body()).put("/api/v1/units/{id}", id).then()
                .statusCode(422).body("code", equalTo("UNIT_PROVINCE_FIXED")).body("errors[0].field", equalTo("provinceId"));
    }
}
