package vn.thidua.unit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

@QuarkusTest
class UnitApiTest {

    @Test
    void createReturns201WithLocationAndETagAndTheReadShowsIt() {
        var unit = Fixtures.unit().named("Sở Văn hóa, Thể thao và Du lịch").kind("SO");
        var response = Api.as(Actor.ADMIN).body(unit.body()).post("/api/v1/units").then().statusCode(201)
                .header("Location", containsString("/api/v1/units/"))
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"[A-Za-z0-9_-]{22}\"")).extract();
        long id = response.jsonPath().getLong("id");
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", id).then().statusCode(200).header("ETag", response.header("ETag"))
                .body("name", equalTo("Sở Văn hóa, Thể thao và Du lịch"))
                .body("names[0].validFrom", equalTo("2000-01-01"));
    }

    @Test
    void searchFindsNamesWithAndWithoutDiacritics() {
        String suffix = Fixtures.unique();
        Fixtures.unit().named("Sở Xây dựng Thử " + suffix).create();
        for (String q : List.of("so xay dung thu " + suffix, "Sở Xây dựng thử " + suffix, "SO XAY DUNG THU " + suffix,
                "xây dựng thử " + suffix.toLowerCase())) {
            Api.as(Actor.VIEWER).queryParam("q", q).get("/api/v1/units").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].name", equalTo("Sở Xây dựng Thử " + suffix));
        }
        Api.as(Actor.VIEWER).queryParam("q", "đường " + suffix).get("/api/v1/units").then().body("total", equalTo(0));
    }

    @Test
    void namesSortTheVietnameseWay() {
        String suffix = Fixtures.unique();
        // Vietnamese order: D before Đ, A before Ă before Â, O before Ô before Ơ.
        for (String prefix : List.of("Ơn", "Đinh", "Ân", "Dân", "Ôn", "Ăn", "An", "On")) {
            Fixtures.unit().named(prefix + " " + suffix).create();
        }
        List<String> names = Api.as(Actor.VIEWER).queryParam("q", suffix).queryParam("sort", "name")
                .get("/api/v1/units").jsonPath().getList("items.name");
        assertThat(names.stream().map(n -> n.split(" ")[0]).toList(),
                contains("An", "Ăn", "Ân", "Dân", "Đinh", "On", "Ôn", "Ơn"));
    }

    @Test
    void updateNeedsTheCurrentETag() {
        var unit = Fixtures.unit();
        long id = unit.create();
        Map<String, Object> body = new java.util.LinkedHashMap<>(unit.body());
        body.put("shortName", "STN");
        Api.raw(Actor.ADMIN).body(body).put("/api/v1/units/{id}", id).then().statusCode(428)
                .contentType("application/problem+json").body("type", equalTo("urn:thidua:problem:if-match-required"));
        String read = Fixtures.etag("/api/v1/units/{id}", id);
        String written = Api.as(Actor.ADMIN).header("If-Match", read).body(body).put("/api/v1/units/{id}", id).then()
                .statusCode(200).body("shortName", equalTo("STN")).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(Fixtures.etag("/api/v1/units/{id}", id), written,
                "a write answers the ETag a read would give");
        Api.as(Actor.ADMIN).header("If-Match", read).body(body).put("/api/v1/units/{id}", id).then()
                .statusCode(412).body("type", equalTo("urn:thidua:problem:stale-version"));
        Api.as(Actor.ADMIN).header("If-Match", read).delete("/api/v1/units/{id}", id).then().statusCode(412);
        Api.as(Actor.ADMIN).header("If-Match", written).delete("/api/v1/units/{id}", id).then().statusCode(204);
        Api.as(Actor.ADMIN).get("/api/v1/units/{id}", id).then().statusCode(404);
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        var unit = Fixtures.unit();
        unit.create();
        Api.as(Actor.ADMIN).body(unit.body()).post("/api/v1/units").then().statusCode(409)
                .body("type", equalTo("urn:thidua:problem:conflict"));
    }

    @Test
    void aRenameKeepsTheOldNameForEarlierDates() {
        long id = Fixtures.unit().named("Sở Thông tin và Truyền thông " + Fixtures.unique()).create();
        String oldName = Api.as(Actor.VIEWER).get("/api/v1/units/{id}", id).jsonPath().getString("name");
        Api.as(Actor.ADMIN).body(Map.of("kind", "RENAME", "effectiveDate", "2025-03-01",
                "decision", Fixtures.decision("12/QĐ-UBND", "2025-02-20"), "predecessorIds", List.of(id),
                "newName", "Sở Khoa học và Công nghệ")).post("/api/v1/unit-successions").then().statusCode(201)
                .body("predecessors[0].name", equalTo(oldName))
                .body("successors", equalTo(List.of()));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}?asOf=2024-12-31", id).then().body("name", equalTo(oldName));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}?asOf=2025-03-01", id).then()
                .body("name", equalTo("Sở Khoa học và Công nghệ"))
                .body("names[0].validTo", equalTo("2025-02-28"))
                .body("activeTo", equalTo(null));
        // the old name still finds the unit, and only it
        Api.as(Actor.VIEWER).queryParam("q", oldName).get("/api/v1/units").then().body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id)).body("items[0].name", equalTo("Sở Khoa học và Công nghệ"));
    }

    @Test
    void aMergerEndsThePredecessorAndLinksBothWays() {
        String former = "Sở Tiền thân " + Fixtures.unique();
        long absorbed = Fixtures.unit().named(former).create();
        long successor = Fixtures.unit().create();
        Api.as(Actor.ADMIN).body(Map.of("kind", "RENAME", "effectiveDate", "2024-01-01",
                "decision", Fixtures.decision("3/QĐ-UBND", "2023-12-20"), "predecessorIds", List.of(absorbed),
                "newName", "Sở Đổi tên " + Fixtures.unique())).post("/api/v1/unit-successions").then().statusCode(201);
        Api.as(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01",
                "decision", Fixtures.decision("1290/QĐ-UBND", "2025-06-30"), "predecessorIds", List.of(absorbed),
                "successorIds", List.of(successor))).post("/api/v1/unit-successions").then().statusCode(201);
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", absorbed).then().body("activeTo", equalTo("2025-06-30"));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", successor).then().body("activeTo", equalTo(null))
                .body("successions[0].predecessors[0].id", equalTo((int) absorbed));

        // The absorbed unit is found by its former name while it was active, and only then.
        Api.as(Actor.VIEWER).queryParam("q", former).get("/api/v1/units").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) absorbed));
        Api.as(Actor.VIEWER).queryParam("q", former).queryParam("activeOn", "2025-06-30").get("/api/v1/units").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) absorbed));
        Api.as(Actor.VIEWER).queryParam("q", former).queryParam("activeOn", LocalDate.of(2025, 7, 1).toString())
                .get("/api/v1/units").then().body("total", equalTo(0));
    }

    @Test
    void theSameSuccessionIsNotRecordedTwice() {
        long absorbed = Fixtures.unit().create();
        long successor = Fixtures.unit().create();
        Map<String, Object> merger = Map.of("kind", "MERGE", "effectiveDate", "2025-07-01",
                "decision", Fixtures.decision("1290/QĐ-UBND", "2025-06-30"), "predecessorIds", List.of(absorbed),
                "successorIds", List.of(successor));
        Api.as(Actor.ADMIN).body(merger).post("/api/v1/unit-successions").then().statusCode(201);
        Api.raw(Actor.ADMIN).body(merger).post("/api/v1/unit-successions").then().statusCode(409);
        Api.as(Actor.VIEWER).queryParam("unitId", absorbed).get("/api/v1/unit-successions").then()
                .body("total", equalTo(1));
    }

    @Test
    void aSuccessionOfTheWrongShapeIsRefused() {
        long a = Fixtures.unit().create();
        Api.raw(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01",
                "decision", Fixtures.decision("5/QĐ-UBND", "2025-06-30"), "predecessorIds", List.of(a)))
                .post("/api/v1/unit-successions").then().statusCode(422)
                .body("errors[0].field", equalTo("successorIds"));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", a).then().body("activeTo", equalTo(null))
                .body("successions", equalTo(List.of()));
    }

    @Test
    void problemsSpeakEnglishWhenAsked() {
        Api.raw(Actor.ADMIN).header("Accept-Language", "en").get("/api/v1/units/{id}", 987654321).then()
                .statusCode(404).body("detail", containsString("The requested unit does not exist")).body("title", notNullValue());
        Api.raw(Actor.ADMIN).get("/api/v1/units/{id}", 987654321).then().statusCode(404)
                .body("detail", containsString("Không tìm thấy"));
    }
}
