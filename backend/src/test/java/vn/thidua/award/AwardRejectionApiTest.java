package vn.thidua.award;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import vn.thidua.common.error.Text;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Awards;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Rankings;
import vn.thidua.support.Uploads;
import vn.thidua.support.Votes;
import vn.thidua.vote.AwardKind;
import vn.thidua.vote.VoteKind;
import vn.thidua.vote.VoteSubject;

/**
 * The Board's REJECTED outcome ({@link AwardOutcome#REJECTED}) through HTTP, on a fresh Bắc Kạn bloc of fresh units in
 * 2025: a rejection needs a reason, keeps the item with no award, is audited with its reason, frees the unit to be
 * proposed again for the year's achievement, lets the dossier be decided, and earns the unit nothing: not in the
 * public list, not in its awards. Once decided, the outcome is final.
 */
@QuarkusTest
class AwardRejectionApiTest {

    private static final String PROPOSAL = "/api/v1/award-proposals/{id}";
    private static final String REASON = "Chưa đủ điều kiện về thời gian hoàn thành nhiệm vụ";

    @Inject
    AwardEligibility eligibility;

    @Test
    void aRejectedUnitIsAppraisedWithAReasonAndEarnsNoAwardInTheDecision() {
        Votes.World w = Votes.world(4, 4, null);
        long bloc = Api.as(Actor.ADMIN).get("/api/v1/terms/{id}", w.term()).then().statusCode(200).extract().jsonPath().getLong("blocId");
        Map<Long, Map<String, Number>> sheets = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            sheets.put(w.unit(i), Rankings.points(30 - i, 20 - i, 10, 40 - i, 0, 0, false));
        }
        Awards.publishedRanking(Actor.ADMIN, w.term(), sheets);
        long approved = w.unit(1);
        long rejected = w.unit(2);

        long id = Api.as(Actor.ADMIN).post("/api/v1/terms/{id}/award-proposals", w.term()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        for (long unit : List.of(approved, rejected)) {
            Api.as(Actor.ADMIN).header("If-Match", Awards.etag(id)).body(Map.of("unitId", unit, "award", "CERTIFICATE"))
                    .post(PROPOSAL + "/items", id).then().statusCode(200);
        }
        Map<Long, Long> items = new LinkedHashMap<>();
        for (long unit : List.of(approved, rejected)) {
            long item = Api.as(Actor.ADMIN).get(PROPOSAL, id).jsonPath().getLong("items.find { it.unit.id == %d }.id".formatted(unit));
            items.put(unit, item);
            Uploads.file(w.raw(0), "bao-cao-thanh-tich.pdf", Uploads.PDF, null).post(PROPOSAL + "/items/{itemId}/achievement-reports", id, item)
                    .then().statusCode(201);
        }
        assertEquals(Set.of(approved, rejected), proposedAlready(w.term(), List.of(approved, rejected)).keySet());
        w.raw(0).header("If-Match", Awards.etag(id)).body(Map.of("status", "SUBMITTED")).post(PROPOSAL + "/status", id).then().statusCode(200);
        board(id, "APPRAISING", null).then().statusCode(200);

        // a rejection needs its reason
        appraise(id, items.get(rejected), "REJECTED", null).then().statusCode(422).body("code", equalTo("AWARD_OUTCOME_REASON_REQUIRED"))
                .body("detail", equalTo("Hạ mức hoặc không đề nghị cần ghi rõ lý do.")).body("errors[0].field", equalTo("reason"));
        appraise(id, items.get(rejected), "REJECTED", "   ").then().statusCode(422).body("code", equalTo("AWARD_OUTCOME_REASON_REQUIRED"));
        String find = "items.find { it.unit.id == %d }".formatted(rejected);
        appraise(id, items.get(rejected), "REJECTED", REASON).then().statusCode(200).body(find + ".outcome", equalTo("REJECTED"))
                .body(find + ".outcomeReason", equalTo(REASON)).body(find + ".decidedAward", nullValue()).body(find + ".award", equalTo("CERTIFICATE"))
                .body("items", hasSize(2)).body("status", equalTo("APPRAISING"));
        Api.as(Actor.ADMIN).get("/api/v1/audit-events?entityType=AwardProposal&entityId={id}", id).then().statusCode(200)
                .body("items.reason", hasItem("Thẩm định / appraised: " + rejected + " REJECTED — " + REASON));
        // rejected, the unit is no longer proposed for the year: another vote may put it forward; the approved one still is
        assertEquals(Set.of(approved), proposedAlready(w.term(), List.of(approved, rejected)).keySet());

        // the decision: every item appraised; the rejected one earns nothing
        appraise(id, items.get(approved), "APPROVED", null).then().statusCode(200);
        Uploads.file(Api.raw(Actor.ADMIN), "quyet-dinh-khen-thuong.pdf", Uploads.PDF, null).post(PROPOSAL + "/decision-files", id).then()
                .statusCode(201);
        Map<String, Object> decision = new LinkedHashMap<>(Fixtures.decision("301/QĐ-UBND", "2026-01-20"));
        decision.put("title", "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025");
        board(id, "DECIDED", decision).then().statusCode(200).body("status", equalTo("DECIDED"))
                .body(find + ".outcome", equalTo("REJECTED")).body(find + ".decidedAward", nullValue());
        RestAssured.given().accept("application/json").get("/api/v1/public/awards?blocId={id}&year=2025", bloc).then().statusCode(200)
                .body("total", equalTo(1)).body("items.unit.id", contains((int) approved));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}/awards", rejected).then().statusCode(200).body("items", hasSize(0));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}/awards", approved).then().statusCode(200).body("items", hasSize(1));

        // decided: the outcome stands
        appraise(id, items.get(rejected), "APPROVED", null).then().statusCode(409).body("code", equalTo("AWARD_PROPOSAL_NOT_APPRAISING"));
        board(id, "RETURNED", "Thẩm định lại").then().statusCode(409).body("code", equalTo("AWARD_PROPOSAL_STATUS_STEP"));
        Api.as(Actor.ADMIN).get(PROPOSAL, id).then().body(find + ".outcome", equalTo("REJECTED"));
    }

    /** The units the award rules refuse for a certificate vote of the term as already proposed this year. */
    private Map<Long, Text> proposedAlready(long term, List<Long> units) {
        Map<Long, Text> refused = Awards.inRequest(() -> QuarkusTransaction.requiringNew().call(() -> eligibility.ineligible(
                new VoteSubject(1, term, VoteKind.AWARD_VOTE, null, AwardKind.CERTIFICATE), units)));
        refused.values().forEach(t -> assertTrue(t.vi().contains("mỗi thành tích chỉ được đề nghị một hình thức"), t.vi()));
        return refused;
    }

    private static Response board(long id, String status, Object reasonOrDecision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (reasonOrDecision instanceof String reason) {
            body.put("reason", reason);
        } else if (reasonOrDecision != null) {
            body.put("decision", reasonOrDecision);
        }
        return Api.raw(Actor.ADMIN).header("If-Match", Awards.etag(id)).body(body).post(PROPOSAL + "/status", id);
    }

    private static Response appraise(long id, long item, String outcome, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        if (reason != null) {
            body.put("reason", reason);
        }
        return Api.raw(Actor.ADMIN).header("If-Match", Awards.etag(id)).body(body).put(PROPOSAL + "/items/{itemId}/appraisal", id, item);
    }
}
