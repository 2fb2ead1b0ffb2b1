package vn.thidua.award;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Awards;
import vn.thidua.support.Conferences;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Rankings;
import vn.thidua.support.Uploads;
import vn.thidua.support.Votes;

/**
 * The awards half of the year-end flow through the API only, with the real vote engine (AwardApiTest fires
 * VoteCertified itself): a published ranking, the year-end review with its attendance, a secret award vote for
 * the flag whose seats are the term's quota and whose candidates are the ranked units — a unit outside the
 * ranking refused, a unit under inspection keeping the vote from opening —, ballots cast by the members'
 * officers, the tally, certification and publication filling the dossier with the winner, its achievement
 * report, the submission, the Board's appraisal downgrading the flag to a certificate and its decision, and the
 * certificate in the unit's awards and the public list.
 */
@QuarkusTest
class AwardVoteToDecisionApiTest {

    @Test
    void aSecretFlagVoteFillsTheDossierWhichTheBoardDowngradesAndDecides() {
        // seven members; the last joined too late to be scored, so it is not in the ranking
        Votes.World w = Votes.world(7, 7, null);
        JsonPath term = Api.as(Actor.ADMIN).get("/api/v1/terms/{id}", w.term()).then().statusCode(200).extract().jsonPath();
        long bloc = term.getLong("blocId");
        int flagQuota = term.getInt("rules.flagQuota");
        Map<Long, Map<String, Number>> sheets = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            sheets.put(w.unit(i), Rankings.points(30 - i, 20 - i, 10, 40 - i, 0, 0, false));
        }
        long ranking = Awards.publishedRanking(Actor.ADMIN, w.term(), sheets);
        long restricted = w.unit(5);
        long unranked = w.unit(6);
        Api.as(Actor.ADMIN).body(Awards.restriction("INSPECTION", "7/QĐ-TTR", "2025-09-01", null))
                .post("/api/v1/units/{id}/restrictions", restricted).then().statusCode(201);

        // the year-end review, every member present with a voting delegate
        long yearEnd = Conferences.heldYearEnd(Actor.ADMIN, w.term(), "2025-12-18", w.units());

        // the flag vote: candidates only from the published ranking; by default all of it, the quota as seats
        Map<String, Object> body = Votes.body(w, "AWARD_VOTE", "SECRET", List.of(w.unit(0), unranked));
        body.put("conferenceId", yearEnd);
        body.put("award", "FLAG");
        body.put("title", "Bình xét đề nghị tặng Cờ thi đua năm 2025 " + Fixtures.unique());
        w.raw(0).body(body).post("/api/v1/terms/{id}/votes", w.term()).then().statusCode(422)
                .body("code", equalTo("VOTE_CANDIDATE_NOT_RANKED")).body("errors[0].field", equalTo("candidateUnitIds[1]"));
        body.remove("candidateUnitIds");
        JsonPath draft = w.as(0).body(body).post("/api/v1/terms/{id}/votes", w.term()).then().statusCode(201).extract().jsonPath();
        long vote = draft.getLong("id");
        assertEquals(flagQuota, draft.getInt("seats"));
        assertEquals(List.of(w.unit(0), w.unit(1), w.unit(2), w.unit(3), w.unit(4), restricted),
                longs(draft.getList("candidates.id", Number.class)), "the ranked units, in rank order");
        // the unit under inspection keeps the vote from opening, named with the inspection's document
        Votes.move(w, vote, "OPEN").then().statusCode(422).body("code", equalTo("VOTE_CANDIDATE_INELIGIBLE"))
                .body("detail", containsString(w.codes().get(5))).body("detail", containsString("7/QĐ-TTR"));
        body.put("candidateUnitIds", w.units().subList(0, 5));
        w.as(0).header("If-Match", Votes.etag(w, vote)).body(body).put("/api/v1/votes/{id}", vote).then().statusCode(200);
        Votes.step(w, vote, "OPEN", "OPEN");

        // secret ballots, one per member unit, cast by its officer: five for the leader's unit, two for the deputy's
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            receipts.add(Votes.castOk(w, vote, 1, i, List.of(i < 5 ? w.unit(0) : w.unit(1))));
        }
        Votes.cast(w, vote, 1, 0, List.of(w.unit(0))).then().statusCode(409);
        Api.as(Actor.ADMIN).get("/api/v1/terms/{id}/award-proposals", w.term()).then().statusCode(200).body("items", hasSize(0));
        Votes.step(w, vote, "CLOSED", "CLOSED");
        Votes.step(w, vote, "TALLIED", "TALLIED");
        Votes.step(w, vote, "CERTIFIED", "CERTIFIED");
        Votes.publish(w, vote, null).then().statusCode(200);
        JsonPath published = RestAssured.given().accept("application/json").get("/api/v1/public/votes/{id}", vote).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(w.unit(0)), longs(published.getList("elected.id", Number.class)));
        assertEquals(receipts.stream().sorted().toList(), published.getList("rounds[0].ballots.receipt", String.class).stream().sorted().toList(),
                "every receipt published, so each unit finds its own");

        // the certification filled the dossier with the winner, its place in the published ranking and the vote
        long proposal = w.as(0).get("/api/v1/terms/{id}/award-proposals", w.term()).then().statusCode(200).body("items", hasSize(1))
                .extract().jsonPath().getLong("items[0].id");
        JsonPath dossier = w.as(0).get("/api/v1/award-proposals/{id}", proposal).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("rankingId", equalTo((int) ranking)).body("items", hasSize(1)).body("items[0].award", equalTo("FLAG"))
                .body("items[0].voteId", equalTo((int) vote)).body("items[0].rankPosition", equalTo(1)).body("items[0].rankOf", equalTo(6))
                .extract().jsonPath();
        assertEquals(w.unit(0), dossier.getLong("items[0].unit.id"));
        long item = dossier.getLong("items[0].id");

        // the winner's achievement report, by its own officer; the leader submits
        Uploads.file(w.raw(0), "bao-cao-thanh-tich.pdf", Uploads.PDF, null)
                .post("/api/v1/award-proposals/{id}/items/{itemId}/achievement-reports", proposal, item).then().statusCode(201);
        w.raw(0).header("If-Match", Awards.etag(proposal)).body(Map.of("status", "SUBMITTED"))
                .post("/api/v1/award-proposals/{id}/status", proposal).then().statusCode(200).body("status", equalTo("SUBMITTED"));

        // the Board takes it up, downgrades the flag to a certificate and decides
        board(proposal, Map.of("status", "APPRAISING")).then().statusCode(200).body("status", equalTo("APPRAISING"));
        Api.raw(Actor.ADMIN).header("If-Match", Awards.etag(proposal))
                .body(Map.of("outcome", "DOWNGRADED", "reason", "Chưa đủ hai năm liền dẫn đầu khối"))
                .put("/api/v1/award-proposals/{id}/items/{itemId}/appraisal", proposal, item).then().statusCode(200)
                .body("items[0].outcome", equalTo("DOWNGRADED")).body("items[0].decidedAward", equalTo("CERTIFICATE"));
        Uploads.file(Api.raw(Actor.ADMIN), "quyet-dinh-khen-thuong.pdf", Uploads.PDF, null)
                .post("/api/v1/award-proposals/{id}/decision-files", proposal).then().statusCode(201);
        Map<String, Object> decision = new LinkedHashMap<>(Fixtures.decision("31/QĐ-UBND", "2026-01-20"));
        decision.put("title", "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể năm 2025");
        board(proposal, Map.of("status", "DECIDED", "decision", decision)).then().statusCode(200).body("status", equalTo("DECIDED"))
                .body("decision.number", equalTo("31/QĐ-UBND")).body("history.to", contains("SUBMITTED", "APPRAISING", "DECIDED"));

        // the certificate is the unit's, and public
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}/awards", w.unit(0)).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].year", equalTo(2025)).body("items[0].award", equalTo("CERTIFICATE")).body("items[0].downgraded", equalTo(true))
                .body("items[0].awardLabel", equalTo("Bằng khen của Chủ tịch UBND tỉnh"));
        RestAssured.given().accept("application/json").get("/api/v1/public/awards?blocId={id}&year=2025", bloc).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].unit.id", equalTo((int) w.unit(0))).body("items[0].award", equalTo("CERTIFICATE"))
                .body("items[0].downgraded", equalTo(true)).body("items[0].decision.number", equalTo("31/QĐ-UBND"));
    }

    private static io.restassured.response.Response board(long proposal, Map<String, Object> body) {
        return Api.raw(Actor.ADMIN).header("If-Match", Awards.etag(proposal)).body(body).post("/api/v1/award-proposals/{id}/status", proposal);
    }

    private static List<Long> longs(List<Number> numbers) {
        return numbers.stream().map(Number::longValue).toList();
    }
}
