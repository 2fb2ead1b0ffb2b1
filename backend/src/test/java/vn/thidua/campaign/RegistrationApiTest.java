package vn.thidua.campaign;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.SeedCases;
import vn.thidua.support.YearFixtures;

/** Registrations: own unit only, one per unit, the steps and their actors, deadlines and late flags, who is missing. */
@QuarkusTest
class RegistrationApiTest {

    private static final String PATH = "/api/v1/registrations/{id}";

    @BeforeEach
    void seed() {
        SeedCases.ensureLoaded();
    }

    @Test
    void aMemberRegistersTheLeaderReturnsWithAReasonTheMemberResubmitsAndIsAccepted() {
        long campaign = YearFixtures.launchedCampaign();
        Response created = Api.as(Actor.MEMBER_OFFICER).body(YearFixtures.registrationBody(SeedCases.unitId("BKN.SCT")))
                .post("/api/v1/campaigns/{id}/registrations", campaign);
        created.then().statusCode(201).header("Location", containsString("/api/v1/registrations/"))
                .body("status", equalTo("DRAFT")).body("unit.code", equalTo("BKN.SCT"))
                .body("numericTargets[0].unitOfMeasure", equalTo("%")).body("numericTargets[0].value", equalTo(95))
                .body("permissions", equalTo(List.of("SUBMIT", "UPDATE")));
        long id = created.jsonPath().getLong("id");
        step(Actor.MEMBER_OFFICER, id, Map.of("status", "SUBMITTED")).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedOn", equalTo(LocalDate.now(vn.thidua.common.time.Clocks.VIETNAM).toString()))
                .body("late", equalTo(false)).body("permissions", equalTo(List.of()));
        // the member cannot accept its own registration; the managers can
        step(Actor.MEMBER_OFFICER, id, Map.of("status", "ACCEPTED")).then().statusCode(403)
                .body("code", equalTo("TERM_MANAGERS_ONLY"));
        Api.as(Actor.LEADER_OFFICER).get(PATH, id).then().body("permissions", equalTo(List.of("ACCEPT", "RETURN")));
        step(Actor.LEADER_OFFICER, id, Map.of("status", "RETURNED")).then().statusCode(422)
                .body("code", equalTo("REGISTRATION_REASON_REQUIRED"));
        step(Actor.LEADER_OFFICER, id, Map.of("status", "RETURNED", "reason", "Bổ sung chỉ tiêu định lượng")).then()
                .statusCode(200).body("status", equalTo("RETURNED")).body("returnReason", equalTo("Bổ sung chỉ tiêu định lượng"));
        // a returned one is edited and submitted again
        Api.as(Actor.MEMBER_OFFICER).header("If-Match", Fixtures.etag(PATH, id))
                .body(Map.of("targets", "Hoàn thành xuất sắc; giải ngân 100%", "numericTargets",
                        List.of(Map.of("name", "Giải ngân", "value", 100.5, "unitOfMeasure", "%"))))
                .put(PATH, id).then().statusCode(200).body("numericTargets[0].value", equalTo(100.5f));
        step(Actor.MEMBER_OFFICER, id, Map.of("status", "SUBMITTED")).then().statusCode(200)
                .body("returnReason", org.hamcrest.Matchers.nullValue());
        step(Actor.DEPUTY_OFFICER, id, Map.of("status", "ACCEPTED")).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        step(Actor.LEADER_OFFICER, id, Map.of("status", "RETURNED", "reason", "x")).then().statusCode(409)
                .body("code", equalTo("REGISTRATION_STATUS_STEP"));
        Api.raw(Actor.MEMBER_OFFICER).header("If-Match", Fixtures.etag(PATH, id)).body(Map.of("targets", "Khác"))
                .put(PATH, id).then().statusCode(409).body("code", equalTo("REGISTRATION_NOT_EDITABLE"));
    }

    @Test
    void aUnitRegistersForItselfOnlyAndOnlyAMemberRegisters() {
        long campaign = YearFixtures.launchedCampaign();
        Api.raw(Actor.MEMBER_OFFICER).body(YearFixtures.registrationBody(SeedCases.unitId("BKN.SXD")))
                .post("/api/v1/campaigns/{id}/registrations", campaign).then().statusCode(403)
                .body("code", equalTo("TERM_OWN_UNIT_ONLY"));
        // the leader manages the term but registers only its own unit too
        Api.raw(Actor.LEADER_OFFICER).body(YearFixtures.registrationBody(SeedCases.unitId("BKN.SCT")))
                .post("/api/v1/campaigns/{id}/registrations", campaign).then().statusCode(403)
                .body("code", equalTo("TERM_OWN_UNIT_ONLY"));
        Api.raw(Actor.OTHER_BLOC_OFFICER).body(YearFixtures.registrationBody(SeedCases.unitId("BKN.SNV")))
                .post("/api/v1/campaigns/{id}/registrations", campaign).then().statusCode(403)
                .body("code", equalTo("TERM_NOT_A_MEMBER"));
        Api.raw(Actor.ADMIN).body(YearFixtures.registrationBody(SeedCases.unitId("BKN.SNV")))
                .post("/api/v1/campaigns/{id}/registrations", campaign).then().statusCode(422)
                .body("code", equalTo("REGISTRATION_NOT_A_MEMBER")).body("errors[0].field", equalTo("unitId"));
        long other = YearFixtures.registration(campaign, "BKN.SXD");
        // another unit's draft is not even seen; once submitted it is seen and still not the member's to change
        Api.raw(Actor.MEMBER_OFFICER).header("If-Match", Fixtures.etag(PATH, other)).body(Map.of("targets", "x"))
                .put(PATH, other).then().statusCode(404);
        step(Actor.ADMIN, other, Map.of("status", "SUBMITTED")).then().statusCode(200);
        step(Actor.MEMBER_OFFICER, other, Map.of("status", "RETURNED", "reason", "x")).then().statusCode(403)
                .body("code", equalTo("TERM_MANAGERS_ONLY"));
        Api.raw(Actor.MEMBER_OFFICER).header("If-Match", Fixtures.etag(PATH, other)).body(Map.of("targets", "x"))
                .put(PATH, other).then().statusCode(403).body("code", equalTo("TERM_OWN_UNIT_ONLY"));
    }

    @Test
    void oneRegistrationPerUnitByTheDatabaseKey() {
        long campaign = YearFixtures.launchedCampaign();
        YearFixtures.registration(campaign, "BKN.SCT");
        Api.raw(Actor.MEMBER_OFFICER).body(YearFixtures.registrationBody(SeedCases.unitId("BKN.SCT")))
                .post("/api/v1/campaigns/{id}/registrations", campaign).then().statusCode(409)
                .body("code", equalTo("REGISTRATION_EXISTS")).body("detail", containsString("Sở Công Thương"));
    }

    @Test
    void registrationsAreMadeWhileTheCampaignIsLaunched() {
        long draft = YearFixtures.draftCampaign();
        Api.raw(Actor.MEMBER_OFFICER).body(YearFixtures.registrationBody(SeedCases.unitId("BKN.SCT")))
                .post("/api/v1/campaigns/{id}/registrations", draft).then().statusCode(409)
                .body("code", equalTo("REGISTRATION_CAMPAIGN_NOT_OPEN"));
        long campaign = YearFixtures.launchedCampaign();
        long id = YearFixtures.registration(campaign, "BKN.SCT");
        YearFixtures.move("/api/v1/campaigns/{id}", campaign, Map.of("status", "CLOSED"));
        step(Actor.MEMBER_OFFICER, id, Map.of("status", "SUBMITTED")).then().statusCode(409)
                .body("code", equalTo("REGISTRATION_CAMPAIGN_NOT_OPEN"));
    }

    @Test
    void aSubmissionAfterTheDeadlineIsReceivedAndFlaggedLate() {
        long campaign = YearFixtures.launchedCampaign("2023-03-31");
        long late = YearFixtures.registration(campaign, "BKN.SCT");
        step(Actor.MEMBER_OFFICER, late, Map.of("status", "SUBMITTED")).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("late", equalTo(true));
        // an officer submits with today's date only; the Board records a paper registration's own date
        long onTime = YearFixtures.registration(campaign, "BKN.SXD");
        step(Actor.LEADER_OFFICER, onTime, Map.of("status", "SUBMITTED", "submittedOn", "2023-03-20")).then()
                .statusCode(422).body("code", equalTo("REGISTRATION_PAST_DATE_BOARD_ONLY"));
        step(Actor.ADMIN, onTime, Map.of("status", "SUBMITTED", "submittedOn", LocalDate.now(vn.thidua.common.time.Clocks.VIETNAM).plusDays(1).toString()))
                .then().statusCode(422).body("code", equalTo("DATE_IN_FUTURE"));
        step(Actor.ADMIN, onTime, Map.of("status", "SUBMITTED", "submittedOn", "2023-03-01")).then().statusCode(422)
                .body("code", equalTo("REGISTRATION_BEFORE_LAUNCH"));
        step(Actor.ADMIN, onTime, Map.of("status", "SUBMITTED", "submittedOn", "2023-03-20")).then().statusCode(200)
                .body("submittedOn", equalTo("2023-03-20")).body("late", equalTo(false));
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/campaigns/{id}/registrations", campaign).then().statusCode(200)
                .body("lateCount", equalTo(1)).body("registeredCount", equalTo(2)).body("memberCount", equalTo(11))
                .body("items.find { it.unit.code == 'BKN.SCT' }.late", equalTo(true));
    }

    @Test
    void theLeaderSeesWhoHasNotRegisteredAndDraftsStayWithTheirUnit() {
        long campaign = YearFixtures.launchedCampaign();
        long draft = YearFixtures.registration(campaign, "BKN.SCT");
        long submitted = YearFixtures.registration(campaign, "BKN.SXD");
        step(Actor.ADMIN, submitted, Map.of("status", "SUBMITTED")).then().statusCode(200);
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/campaigns/{id}/registrations", campaign).then().statusCode(200)
                .body("registeredCount", equalTo(1)).body("missing.size()", equalTo(10))
                // a draft is not a registration yet: its unit is still missing
                .body("missing.code", hasItem("BKN.SCT")).body("missing.code", not(hasItem("BKN.SXD")))
                .body("missing.name", hasItem("Sở Giao thông Vận tải"))
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder((int) draft, (int) submitted));
        Api.as(Actor.VIEWER).get("/api/v1/campaigns/{id}/registrations", campaign).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) submitted))).body("permissions", equalTo(List.of()));
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/campaigns/{id}/registrations", campaign).then()
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder((int) draft, (int) submitted))
                .body("permissions", equalTo(List.of("REGISTER")));
        Api.raw(Actor.OTHER_BLOC_OFFICER).get(PATH, draft).then().statusCode(404).body("code", equalTo("REGISTRATION_NOT_FOUND"));
        Api.as(Actor.OTHER_BLOC_OFFICER).get(PATH, submitted).then().statusCode(200);
        Api.raw(Actor.OTHER_ADMIN).get(PATH, submitted).then().statusCode(404);
    }

    @Test
    void multiLineTargetsAreAuditedAndTheTrailStaysReadable() {
        long campaign = YearFixtures.launchedCampaign();
        long id = Api.as(Actor.MEMBER_OFFICER).body(Map.of("unitId", SeedCases.unitId("BKN.SCT"), "targets",
                "1. Hoàn thành xuất sắc nhiệm vụ\n2. Giải ngân 100% vốn")).post("/api/v1/campaigns/{id}/registrations", campaign)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Actor.ADMIN).get("/api/v1/audit-events?entityType=Registration&entityId=" + id).then().statusCode(200)
                .body("items[0].operation", equalTo("CREATE")).body("items[0].actor", equalTo("bk.sct"))
                .body("items[0].changes.targets.after", equalTo("1. Hoàn thành xuất sắc nhiệm vụ\n2. Giải ngân 100% vốn"));
    }

    private static Response step(Actor actor, long id, Map<String, Object> change) {
        return Api.raw(actor).header("If-Match", Fixtures.etag(PATH, id)).body(change).post(PATH + "/status", id);
    }
}
