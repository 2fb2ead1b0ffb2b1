package vn.thidua.support;

import java.util.List;
import java.util.Map;

/** Conferences in the steps tests need, made through the API by one who manages the term. */
public final class Conferences {

    private Conferences() {
    }

    /** The conference's current ETag, read as {@code by}. */
    public static String etag(Actor by, long id) {
        return Api.as(by).get("/api/v1/conferences/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    /** Replaces the attendance with one voting delegate per unit; returns the new ETag. */
    public static String attend(Actor by, long id, List<Long> unitIds) {
        List<Map<String, Object>> attendees = unitIds.stream()
                .map(u -> Map.<String, Object>of("unitId", u, "delegateName", "Ông Trần Văn Dự", "delegateTitle", "Phó Giám đốc",
                        "mayVote", true))
                .toList();
        return Api.as(by).header("If-Match", etag(by, id)).body(Map.of("attendees", attendees))
                .put("/api/v1/conferences/{id}/attendance", id).then().statusCode(200).extract().header("ETag");
    }

    public static void move(Actor by, long id, String status) {
        Api.as(by).header("If-Match", etag(by, id)).body(Map.of("status", status))
                .post("/api/v1/conferences/{id}/status", id).then().statusCode(200);
    }

    /** A fresh HELD conference of {@code term} on {@code heldOn} (a past day), attended by {@code unitIds}. */
    public static long held(Actor by, long term, String heldOn, List<Long> unitIds) {
        long id = Fixtures.conference(by, term, heldOn);
        attend(by, id, unitIds);
        move(by, id, "HELD");
        return id;
    }

    /** A fresh HELD year-end review (hội nghị tổng kết) of {@code term} on {@code heldOn}, attended by {@code unitIds}. */
    public static long heldYearEnd(Actor by, long term, String heldOn, List<Long> unitIds) {
        Map<String, Object> body = Fixtures.conferenceBody(heldOn);
        body.put("kind", "YEAR_END_REVIEW");
        body.put("title", "Hội nghị tổng kết công tác thi đua năm " + heldOn.substring(0, 4) + " " + Fixtures.unique());
        long id = Api.as(by).body(body).post("/api/v1/terms/{id}/conferences", term).then().statusCode(201).extract().jsonPath().getLong("id");
        attend(by, id, unitIds);
        move(by, id, "HELD");
        return id;
    }

    /** Attaches a signed scan (a small PDF); returns the file's id. */
    public static long attachScan(Actor by, long id, Long supersedes) {
        return Uploads.file(Api.raw(by), "bien-ban-da-ky.pdf", Uploads.PDF, supersedes)
                .post("/api/v1/conferences/{id}/minutes-files", id).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A fresh MINUTES_SIGNED conference. */
    public static long signed(Actor by, long term, String heldOn, List<Long> unitIds) {
        long id = held(by, term, heldOn, unitIds);
        attachScan(by, id, null);
        move(by, id, "MINUTES_SIGNED");
        return id;
    }
}
