package vn.thidua.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;

/**
 * ETags are hashes of what a client reads, so they change whenever the representation does, also
 * through the resources it embeds; If-Match is read per RFC 9110 (*, lists, strong comparison).
 */
@QuarkusTest
class ETagTest {

    @Test
    void ifMatchTakesStarAndListsAndComparesStrongly() {
        var bloc = Fixtures.bloc();
        long id = bloc.create();
        String current = Fixtures.etag("/api/v1/blocs/{id}", id);
        String weak = "W/" + current;
        String bare = current.substring(1, current.length() - 1);
        for (String refused412 : new String[] { "\"00\"", "\"+0\"", "\"0\"", weak, "\"x\", " + weak }) {
            put(id, bloc.body(), refused412).statusCode(412).body("code", equalTo("STALE_ETAG"));
        }
        for (String refused400 : new String[] { "0", "+0", bare, "\"unterminated", current + " junk", "W/", ",",
                "\"a\" \"b\"" }) {
            put(id, bloc.body(), refused400).statusCode(400).body("code", equalTo("INVALID_IF_MATCH"));
        }
        String afterList = put(id, bloc.body(), "\"other\", " + current + " , \"more\"").statusCode(200).extract()
                .header("ETag");
        put(id, bloc.body(), "*").statusCode(200);
        Api.raw(Actor.ADMIN).header("If-Match", current).delete("/api/v1/blocs/{id}", id).then().statusCode(412);
        Api.raw(Actor.ADMIN).header("If-Match", "*").delete("/api/v1/blocs/{id}", id).then().statusCode(204);
        assertNotEquals(current, afterList);
    }

    @Test
    void aTermsETagFollowsItsLeaderMembersBlocAndUnitNames() {
        var bloc = Fixtures.bloc();
        long blocId = bloc.create();
        long term = Fixtures.term(blocId, 2024).create();
        String path = "/api/v1/terms/{id}";
        String t0 = Fixtures.etag(path, term);
        var leader = Fixtures.unit();
        long leaderId = leader.create();
        Fixtures.member(term, leaderId, "LEADER");
        String t1 = changed(t0, path, term);
        Api.raw(Actor.ADMIN).header("If-Match", t0).body(Map.of("status", "ACTIVE")).post(path + "/status", term).then()
                .statusCode(412);
        Fixtures.member(term, Fixtures.unit().create(), "MEMBER");
        String t2 = changed(t1, path, term);
        Map<String, Object> renamed = new LinkedHashMap<>(bloc.body());
        renamed.put("name", "Khối đổi tên " + Fixtures.unique());
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/blocs/{id}", blocId)).body(renamed)
                .put("/api/v1/blocs/{id}", blocId).then().statusCode(200);
        String t3 = changed(t2, path, term);
        correctName(leader.body(), leaderId);
        String t4 = changed(t3, path, term);
        // the write answers the tag a read gives
        String written = Api.as(Actor.ADMIN).header("If-Match", t4).body(Map.of("status", "ACTIVE"))
                .post(path + "/status", term).then().statusCode(200).extract().header("ETag");
        assertEquals(Fixtures.etag(path, term), written);
    }

    @Test
    void aUnitsETagFollowsItsSuccessions() {
        long unit = Fixtures.unit().create();
        String u0 = Fixtures.etag("/api/v1/units/{id}", unit);
        Api.as(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2025-03-01", "decision",
                Fixtures.decision("5/QĐ-UBND", "2025-02-01"), "predecessorIds", List.of(Fixtures.unit().create()),
                "successorIds", List.of(unit))).post("/api/v1/unit-successions").then().statusCode(201);
        changed(u0, "/api/v1/units/{id}", unit);
        Api.raw(Actor.ADMIN).header("If-Match", u0).delete("/api/v1/units/{id}", unit).then().statusCode(412);
    }

    @Test
    void aMembershipsAndASuccessionsETagFollowTheirUnitsName() {
        var unit = Fixtures.unit();
        long unitId = unit.create();
        long term = Fixtures.term(Fixtures.bloc().create(), 2024).create();
        long membership = Fixtures.member(term, unitId, "MEMBER");
        String m0 = Fixtures.etag("/api/v1/memberships/{id}", membership);
        // a list carries each membership's ETag, the one its single read answers
        Api.as(Actor.ADMIN).get("/api/v1/terms/{id}/memberships", term).then().body("items[0].etag", equalTo(m0));
        long successor = Fixtures.unit().create();
        long succession = Api.as(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2026-03-01", "decision",
                Fixtures.decision("6/QĐ-UBND", "2026-02-01"), "predecessorIds", List.of(unitId), "successorIds",
                List.of(successor))).post("/api/v1/unit-successions").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String s0 = Fixtures.etag("/api/v1/unit-successions/{id}", succession);
        String m1 = Fixtures.etag("/api/v1/memberships/{id}", membership);
        Map<String, Object> body = new LinkedHashMap<>(unit.body());
        body.put("activeTo", "2026-02-28");
        correctName(body, unitId);
        changed(m1, "/api/v1/memberships/{id}", membership);
        changed(s0, "/api/v1/unit-successions/{id}", succession);
        Api.raw(Actor.ADMIN).header("If-Match", m1).delete("/api/v1/memberships/{id}", membership).then()
                .statusCode(412);
    }

    /** A bloc's read and its creation send the very bytes their tag hashes (serialised once), as JSON. */
    @Test
    void aBlocsTagIsTheHashOfTheBytesItSends() throws Exception {
        var bloc = Fixtures.bloc();
        var created = Api.as(Actor.ADMIN).body(bloc.body()).post("/api/v1/blocs").then().statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        var read = Api.as(Actor.ADMIN).get("/api/v1/blocs/{id}", id).then().statusCode(200).extract();
        for (var answer : List.of(created, read)) {
            byte[] body = answer.asByteArray();
            String hash = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 22);
            assertEquals("\"" + hash + "\"", answer.header("ETag"));
            assertEquals("application/json", answer.contentType().split(";")[0].trim());
            assertEquals(bloc.body().get("name"), answer.jsonPath().getString("name"), "UTF-8 intact");
        }
    }

    private static void correctName(Map<String, Object> unitBody, long unitId) {
        Map<String, Object> body = new LinkedHashMap<>(unitBody);
        body.put("name", "Sở đã đính chính tên " + Fixtures.unique());
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/units/{id}", unitId)).body(body)
                .put("/api/v1/units/{id}", unitId).then().statusCode(200);
    }

    private static String changed(String before, String path, long id) {
        String now = Fixtures.etag(path, id);
        assertNotEquals(before, now, path + " kept its ETag although its representation changed");
        return now;
    }

    private static io.restassured.response.ValidatableResponse put(long id, Map<String, Object> body, String ifMatch) {
        return Api.raw(Actor.ADMIN).header("If-Match", ifMatch).body(body).put("/api/v1/blocs/{id}", id).then()
                .contentType(org.hamcrest.Matchers.startsWith("application/"));
    }
}
