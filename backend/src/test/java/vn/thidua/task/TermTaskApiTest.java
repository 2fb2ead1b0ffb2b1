package vn.thidua.task;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Conferences;
import vn.thidua.support.Fixtures;
import vn.thidua.support.SeedCases;
import vn.thidua.support.TestClock;
import vn.thidua.support.YearFixtures;

/**
 * "My unit's tasks" on a fresh Bắc Kạn term (bk.sxd leads it, bk.sct is a member, bk.snv belongs to
 * another bloc): each task appears when the write it names would be accepted and goes once it is done.
 */
@QuarkusTest
class TermTaskApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMembersTasksFollowItsRegistrationCovenantAndConferences() {
        long term = YearFixtures.officersTerm();
        int year = YearFixtures.yearOf(term);
        long sct = SeedCases.unitId("BKN.SCT");
        tasks(Actor.MEMBER_OFFICER, term).body("items", empty()).body("unit.code", equalTo("BKN.SCT"))
                .body("manages", equalTo(false));

        long campaign = campaign(term, year);
        assertEquals(List.of("LAUNCH_CAMPAIGN"), kinds(Actor.LEADER_OFFICER, term), "a draft is the managers' to launch");
        assertEquals(List.of(), kinds(Actor.MEMBER_OFFICER, term), "a draft is nothing to a member yet");

        YearFixtures.move("/api/v1/campaigns/{id}", campaign, Map.of("status", "LAUNCHED"));
        tasks(Actor.MEMBER_OFFICER, term).body("items.kind", equalTo(List.of("REGISTER")))
                .body("items[0].subjectId", equalTo((int) campaign)).body("items[0].dueOn", equalTo(year + "-04-30"))
                .body("items[0].overdue", equalTo(true));

        long registration = Api.as(Actor.MEMBER_OFFICER).body(YearFixtures.registrationBody(sct))
                .post("/api/v1/campaigns/{id}/registrations", campaign).then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(List.of("SUBMIT_REGISTRATION"), kinds(Actor.MEMBER_OFFICER, term));
        moveRegistration(Actor.MEMBER_OFFICER, registration, Map.of("status", "SUBMITTED"));
        assertEquals(List.of(), kinds(Actor.MEMBER_OFFICER, term), "submitted: the member waits");
        tasks(Actor.LEADER_OFFICER, term).body("items.kind", equalTo(List.of("REGISTER", "REVIEW_REGISTRATIONS")))
                .body("items[1].count", equalTo(1)).body("manages", equalTo(true));
        moveRegistration(Actor.LEADER_OFFICER, registration, Map.of("status", "RETURNED", "reason", "Bổ sung chỉ tiêu giải ngân"));
        assertEquals(List.of("RESUBMIT_REGISTRATION"), kinds(Actor.MEMBER_OFFICER, term));

        long covenant = YearFixtures.circulatedCovenant(term);
        tasks(Actor.DEPUTY_OFFICER, term).body("items.find { it.kind == 'COLLECT_SIGNATURES' }.count", equalTo(6));
        assertEquals(List.of("RESUBMIT_REGISTRATION", "SIGN_COVENANT"), kinds(Actor.MEMBER_OFFICER, term));
        YearFixtures.sign(covenant, "BKN.SCT", year + "-03-29");
        assertEquals(List.of("RESUBMIT_REGISTRATION"), kinds(Actor.MEMBER_OFFICER, term));
        tasks(Actor.DEPUTY_OFFICER, term).body("items.find { it.kind == 'COLLECT_SIGNATURES' }.count", equalTo(5));

        long conference = Fixtures.conference(Actor.LEADER_OFFICER, term, year + "-06-01");
        clock.fixAt(Instant.parse(year + "-05-15T03:00:00Z"));
        tasks(Actor.MEMBER_OFFICER, term).body("items.find { it.kind == 'ATTEND_CONFERENCE' }.subjectId", equalTo((int) conference))
                .body("items.find { it.kind == 'ATTEND_CONFERENCE' }.overdue", equalTo(false));
        clock.reset();
        assertEquals(List.of("RESUBMIT_REGISTRATION"), kinds(Actor.MEMBER_OFFICER, term), "a past conference is not to attend");
        tasks(Actor.LEADER_OFFICER, term).body("items.find { it.kind == 'RECORD_CONFERENCE' }.overdue", equalTo(true));
        Conferences.attend(Actor.LEADER_OFFICER, conference, List.of(sct));
        Conferences.move(Actor.LEADER_OFFICER, conference, "HELD");
        List<String> leader = kinds(Actor.LEADER_OFFICER, term);
        assertEquals(List.of("REGISTER", "SIGN_MINUTES", "SIGN_COVENANT", "COLLECT_SIGNATURES"), leader,
                "the leader's unit is a member too: overdue first (it has not registered), then the dated minutes, then its"
                        + " own signature before chasing the others'");
    }

    @Test
    void overdueTasksComeFirstAndReadersHaveNone() {
        long term = YearFixtures.officersTerm();
        int year = YearFixtures.yearOf(term);
        long early = campaign(term, year);
        YearFixtures.move("/api/v1/campaigns/{id}", early, Map.of("status", "LAUNCHED"));
        long undated = campaign(term, year, null);
        YearFixtures.move("/api/v1/campaigns/{id}", undated, Map.of("status", "LAUNCHED"));
        long later = campaign(term, year, year + "-09-30");
        YearFixtures.move("/api/v1/campaigns/{id}", later, Map.of("status", "LAUNCHED"));
        JsonPath member = tasks(Actor.MEMBER_OFFICER, term).extract().jsonPath();
        assertEquals(List.of(early, later, undated), member.getList("items.subjectId", Long.class),
                "overdue first, then by date, the undated last");
        assertEquals(List.of(true, true, false), member.getList("items.overdue", Boolean.class));

        tasks(Actor.OTHER_BLOC_OFFICER, term).body("items", empty()).body("unit", nullValue()).body("manages", equalTo(false));
        tasks(Actor.NATIONAL, term).body("items", empty()).body("manages", equalTo(false));
        tasks(Actor.ADMIN, term).body("unit", nullValue()).body("manages", equalTo(true))
                .body("items", empty());
    }

    @Test
    void aClosedYearLeavesNothingToDo() {
        long term = YearFixtures.officersTerm();
        int year = YearFixtures.yearOf(term);
        YearFixtures.move("/api/v1/campaigns/{id}", campaign(term, year), Map.of("status", "LAUNCHED"));
        assertEquals(List.of("REGISTER"), kinds(Actor.MEMBER_OFFICER, term));
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", term))
                .body(Map.of("status", "CLOSED", "reason", "Báo cáo tổng kết năm " + year + " của Ban Thi đua - Khen thưởng tỉnh"))
                .post("/api/v1/terms/{id}/record-from-sources", term).then().statusCode(200).body("status", equalTo("CLOSED"));
        tasks(Actor.MEMBER_OFFICER, term).body("items", empty()).body("unit.code", equalTo("BKN.SCT"));
        tasks(Actor.ADMIN, term).body("items", empty()).body("manages", equalTo(true));
    }

    private static long campaign(long term, int year) {
        return campaign(term, year, year + "-04-30");
    }

    private static long campaign(long term, int year, String deadline) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(YearFixtures.campaignBody(term));
        body.put("startsOn", year + "-03-14");
        body.put("endsOn", year + "-12-31");
        if (deadline != null) {
            body.put("registrationDeadline", deadline);
        }
        Map<String, Object> decision = new java.util.LinkedHashMap<>(YearFixtures.launchDocument());
        decision.put("date", year + "-03-14");
        body.put("launchDecision", decision);
        return Api.as(Actor.ADMIN).body(body).post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void moveRegistration(Actor by, long id, Map<String, Object> change) {
        Api.as(by).header("If-Match", Fixtures.etag("/api/v1/registrations/{id}", id)).body(change)
                .post("/api/v1/registrations/{id}/status", id).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse tasks(Actor as, long term) {
        return Api.as(as).get("/api/v1/terms/{id}/tasks", term).then().statusCode(200).body("termId", equalTo((int) term));
    }

    private static List<String> kinds(Actor as, long term) {
        return tasks(as, term).extract().jsonPath().getList("items.kind", String.class);
    }
}
