package vn.thidua.vote;

import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Awards;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Rankings;
import vn.thidua.support.Votes;
import vn.thidua.support.Votes.World;

/**
 * Who may stand in a leader election ({@link VoteEligibility#ineligible}), asked when the round opens: a unit
 * that left the bloc after the draft named it, and a unit disqualified in the year's ranking (a ranking row
 * with a met disqualifier), are refused together with one stable code and a Vietnamese reason each.
 */
@QuarkusTest
class VoteEligibilityApiTest {

    @Test
    void aUnitThatLeftTheBlocAndADisqualifiedUnitMayNotStandForLeader() {
        World w = Votes.world(5, 5, null);
        // the year's ranking: unit 2 met the disqualifying criterion (3.3), the others did not
        Map<Long, Map<String, Number>> sheets = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            sheets.put(w.unit(i), Rankings.points(30 - i, 20 - i, 10, 40 - i, 0, 0, i == 2));
        }
        long ranking = Awards.publishedRanking(Actor.ADMIN, w.term(), sheets);
        Api.as(Actor.ADMIN).get("/api/v1/rankings/{id}", ranking).then().statusCode(200)
                .body("rows.find { it.unit.id == %d }.disqualified".formatted(w.unit(2)), equalTo(true));

        Map<String, Object> body = Votes.body(w, "LEADER_ELECTION", "SECRET", List.of(w.unit(1), w.unit(2), w.unit(3), w.unit(4)));
        long vote = Votes.create(w, body); // every candidate a member when the draft is made
        // unit 3 leaves the bloc afterwards
        JsonPath members = Api.as(Actor.ADMIN).get("/api/v1/terms/{id}/memberships", w.term()).then().statusCode(200).extract().jsonPath();
        long membership = members.getLong("items.find { it.unit.id == %d }.id".formatted(w.unit(3)));
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/memberships/{id}", membership))
                .body(Map.of("role", "MEMBER", "joinedOn", members.getString("items.find { it.unit.id == %d }.joinedOn".formatted(w.unit(3))),
                        "leftOn", "2025-11-30", "leftReason", "Sáp nhập vào đơn vị khác"))
                .put("/api/v1/memberships/{id}", membership).then().statusCode(200);

        Votes.move(w, vote, "OPEN").then().statusCode(422).body("code", equalTo("VOTE_CANDIDATE_INELIGIBLE"))
                .body("detail", equalTo("Có ứng viên không đủ điều kiện: " + w.codes().get(3) + ": không còn là thành viên của khối năm nay; "
                        + w.codes().get(2) + ": bị loại khỏi xếp hạng thi đua năm nay."))
                .body("errors[0].field", equalTo("candidateUnitIds"));
        w.as(0).get("/api/v1/votes/{id}", vote).then().body("status", equalTo("DRAFT"));

        // without them the election opens
        body.put("candidateUnitIds", List.of(w.unit(1), w.unit(4)));
        w.as(0).header("If-Match", Votes.etag(w, vote)).body(body).put("/api/v1/votes/{id}", vote).then().statusCode(200);
        Votes.step(w, vote, "OPEN", "OPEN");
    }
}
