package vn.thidua.term;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.common.time.Clocks;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Rows;

/**
 * Past years recorded as the sources give them (ghi nhận theo tài liệu): the status the documents
 * support, without the step guards, marked on the term and audited with the citation; only past
 * years, only by the Board of the term's province. The normal lifecycle keeps its guards.
 */
@QuarkusTest
class TermFromSourcesTest {

    private static final String PATH = "/api/v1/terms/{id}/record-from-sources";
    private static final String SOURCE = "Báo cáo tổng kết năm 2019 của Ban Thi đua - Khen thưởng tỉnh (lưu trữ), trang 4:"
            + " khối đã tổng kết; không tài liệu nào ghi Trưởng khối.";

    @Inject
    Rows rows;

    @Test
    void aClosedPastYearWhoseLeaderNoSourceNamesIsRecordedFromSourcesWhileTheNormalPathStillRefuses() {
        long term = Fixtures.term(Fixtures.bloc().create(), 2019).create();
        Fixtures.member(term, Fixtures.unit().create(), "MEMBER");
        String etag = Fixtures.etag("/api/v1/terms/{id}", term);
        Api.raw(Actor.ADMIN).header("If-Match", etag).body(Map.of("status", "ACTIVE"))
                .post("/api/v1/terms/{id}/status", term).then().statusCode(422).body("code", equalTo("TERM_NEEDS_LEADER"));

        var recorded = Api.as(Actor.ADMIN).header("If-Match", etag).body(Map.of("status", "CLOSED", "reason", SOURCE))
                .post(PATH, term).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("recordedFromSources", equalTo(true)).body("sourcesReason", equalTo(SOURCE))
                .body("leader", nullValue()).body("permissions", empty()).extract();
        assertNotEquals(etag, recorded.header("ETag"), "the representation changed, so does its ETag");
        Api.as(Actor.VIEWER).queryParam("year", 2019).queryParam("size", 100).get("/api/v1/terms").then()
                .body("items.find { it.id == " + term + " }.recordedFromSources", equalTo(true));

        // The audit row carries the citation as its reason and the status it jumped over.
        Api.as(Actor.ADMIN).queryParam("entityType", "Term").queryParam("entityId", term).queryParam("size", 1)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].operation", equalTo("FROM_SOURCES")).body("items[0].reason", equalTo(SOURCE))
                .body("items[0].actor", equalTo("admin"))
                .body("items[0].changes.status.before", equalTo("PLANNING"))
                .body("items[0].changes.status.after", equalTo("CLOSED"))
                .body("items[0].changes.recordedFromSources.after", equalTo(true));

        // Recorded CLOSED is closed: read-only but for corrections, and not recorded twice.
        String closed = recorded.header("ETag");
        Api.raw(Actor.ADMIN).header("If-Match", closed).body(Map.of("decision", Fixtures.decision("1/QĐ-UBND", "2019-01-02")))
                .put("/api/v1/terms/{id}", term).then().statusCode(409).body("code", equalTo("TERM_CLOSED_NEEDS_REASON"));
        Api.raw(Actor.ADMIN).header("If-Match", closed).body(Map.of("status", "CLOSED", "reason", SOURCE))
                .post(PATH, term).then().statusCode(409).body("code", equalTo("TERM_SOURCES_NOT_FORWARD"));
    }

    @Test
    void onlyPastYearsAreRecordedFromSourcesCurrentAndFutureOnesTakeTheNormalSteps() {
        int thisYear = LocalDate.now(Clocks.VIETNAM).getYear();
        for (int year : List.of(thisYear, thisYear + 1)) {
            long term = Fixtures.term(Fixtures.bloc().create(), year).create();
            String etag = Fixtures.etag("/api/v1/terms/{id}", term);
            Map<String, Long> before = rows.counts();
            Api.raw(Actor.ADMIN).header("If-Match", etag).body(Map.of("status", "CLOSED", "reason", SOURCE))
                    .post(PATH, term).then().statusCode(409).contentType("application/problem+json")
                    .body("code", equalTo("TERM_NOT_PAST_YEAR"))
                    .body("detail", containsString("Chỉ năm thi đua đã qua"));
            Api.raw(Actor.ADMIN).header("Accept-Language", "en").header("If-Match", etag)
                    .body(Map.of("status", "ACTIVE", "reason", SOURCE)).post(PATH, term).then().statusCode(409)
                    .body("detail", containsString("Only a past year can be recorded from sources"));
            assertEquals(before, rows.counts());
            assertEquals(etag, Fixtures.etag("/api/v1/terms/{id}", term));
        }
        // The year before this one is past.
        long last = Fixtures.term(Fixtures.bloc().create(), thisYear - 1).create();
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", last))
                .body(Map.of("status", "RESULTS_CONFIRMED", "reason", SOURCE)).post(PATH, last).then().statusCode(200)
                .body("status", equalTo("RESULTS_CONFIRMED"));
    }

    @Test
    void onlyTheBoardOfTheTermsProvinceRecordsAndNothingChangesOnRefusal() {
        long term = Fixtures.term(Fixtures.bloc().create(), 2018).create();
        String etag = Fixtures.etag("/api/v1/terms/{id}", term);
        Map<String, Long> before = rows.counts();
        for (Actor other : List.of(Actor.OTHER_ADMIN, Actor.NB_ADMIN)) {
            Api.raw(other).header("If-Match", etag).body(Map.of("status", "CLOSED", "reason", SOURCE)).post(PATH, term)
                    .then().statusCode(404).body("code", equalTo("TERM_NOT_FOUND"));
        }
        for (Actor reader : List.of(Actor.NATIONAL, Actor.VIEWER, Actor.LEADER_OFFICER, Actor.PORTAL)) {
            Api.raw(reader).header("If-Match", etag).body(Map.of("status", "CLOSED", "reason", SOURCE)).post(PATH, term)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        Api.raw(Actor.ANONYMOUS).header("If-Match", etag).body(Map.of("status", "CLOSED", "reason", SOURCE))
                .post(PATH, term).then().statusCode(401);
        assertEquals(before, rows.counts());
        Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", term).then().body("status", equalTo("PLANNING"))
                .body("recordedFromSources", equalTo(false)).body("sourcesReason", nullValue());
    }

    @Test
    void theCitationIsRequiredTheStepGoesForwardAndTheETagIsChecked() {
        long term = Fixtures.term(Fixtures.bloc().create(), 2017).create();
        String etag = Fixtures.etag("/api/v1/terms/{id}", term);
        Map<String, Long> before = rows.counts();
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("status", "CLOSED"),
                Map.of("status", "CLOSED", "reason", "   "))) {
            Api.raw(Actor.ADMIN).header("If-Match", etag).body(body).post(PATH, term).then().statusCode(400)
                    .body("errors[0].field", equalTo("reason")).body("errors[0].message", not(containsString("null")));
        }
        Api.raw(Actor.ADMIN).header("If-Match", etag).body(Map.of("status", "PLANNING", "reason", SOURCE))
                .post(PATH, term).then().statusCode(409).body("code", equalTo("TERM_SOURCES_NOT_FORWARD"))
                .body("detail", containsString("Đang lập kế hoạch"));
        Api.raw(Actor.ADMIN).body(Map.of("status", "CLOSED", "reason", SOURCE)).post(PATH, term).then().statusCode(428);
        Api.raw(Actor.ADMIN).header("If-Match", "\"stale\"").body(Map.of("status", "CLOSED", "reason", SOURCE))
                .post(PATH, term).then().statusCode(412);
        assertEquals(before, rows.counts());
    }
}
