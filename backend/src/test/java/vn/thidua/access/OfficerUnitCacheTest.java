package vn.thidua.access;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.SeedCases;

/**
 * Officers' units are cached for the access rules (unit/UnitPlaceCache), yet a unit that stops
 * being active is refused from the very next request after the change commits, on this instance.
 */
@QuarkusTest
class OfficerUnitCacheTest {

    private static final String UNIT = "BNH.QDTPT";

    @BeforeEach
    void seed() {
        SeedCases.ensureLoaded();
    }

    @Test
    void aDeactivatedUnitIsRefusedAtTheNextRequest() {
        long id = SeedCases.unitId(UNIT);
        Api.as(Actor.OTHER_PROVINCE_OFFICER).get("/api/v1/me").then().statusCode(200); // cached now
        Map<String, Object> active = body(id);
        try {
            Map<String, Object> ended = new LinkedHashMap<>(active);
            ended.put("activeTo", LocalDate.now().minusDays(2).toString());
            put(id, ended);
            Api.raw(Actor.OTHER_PROVINCE_OFFICER).get("/api/v1/me").then().statusCode(403)
                    .body("code", equalTo("OFFICER_UNIT_INACTIVE"));
        } finally {
            put(id, active);
        }
        Api.as(Actor.OTHER_PROVINCE_OFFICER).get("/api/v1/me").then().statusCode(200);
    }

    private static Map<String, Object> body(long id) {
        JsonPath unit = Api.as(Actor.OTHER_ADMIN).get("/api/v1/units/{id}", id).then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : new String[] { "code", "name", "shortName", "kind", "activeFrom", "activeTo" }) {
            if (unit.get(field) != null) {
                body.put(field, unit.get(field));
            }
        }
        return body;
    }

    private static void put(long id, Map<String, Object> body) {
        String etag = Api.as(Actor.OTHER_ADMIN).get("/api/v1/units/{id}", id).then().extract().header("ETag");
        Api.as(Actor.OTHER_ADMIN).header("If-Match", etag).body(body).put("/api/v1/units/{id}", id).then().statusCode(200);
    }
}
