package vn.thidua.leadership;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Conferences;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Votes;

/**
 * The year-end flow across the features, through the API only, with the real vote engine (the other
 * suites fire VoteCertified themselves): a secret election of leader and deputy at the year-end review
 * with no winner in the first round, a runoff, the tally and certification — which records the
 * leadership result — the Board's confirmation making next year's term with the members carried over
 * and the elected units as LEADER and DEPUTY, and the flag handed over at the same conference.
 */
@QuarkusTest
class ElectionToHandoverApiTest {

    @Test
    void aCertifiedSecretElectionWithARunoffBecomesNextYearsLeadershipAndIsHandedOver() {
        Votes.World w = Votes.world(6, 6, null);
        long yearEnd = Conferences.heldYearEnd(Actor.ADMIN, w.term(), "2025-12-18", w.units());

        Map<String, Object> body = Votes.body(w, "LEADER_ELECTION", "SECRET", List.of(w.unit(2), w.unit(3), w.unit(4)));
        body.put("conferenceId", yearEnd);
        long vote = Votes.create(w, body);
        Votes.step(w, vote, "OPEN", "OPEN");
        // round 1: six ballots of one mark each, two per candidate: nobody above half of the valid ballots
        for (int i = 0; i < 6; i++) {
            Votes.castOk(w, vote, 1, i, List.of(w.unit(2 + i % 3)));
        }
        Votes.step(w, vote, "CLOSED", "CLOSED");
        Votes.step(w, vote, "TALLIED", "NO_RESULT");
        Votes.step(w, vote, "DRAFT", "DRAFT");
        JsonPath runoff = w.as(0).get("/api/v1/votes/{id}", vote).then().statusCode(200).extract().jsonPath();
        assertEquals(2, runoff.getInt("currentRound"));
        List<Long> candidates = new ArrayList<>();
        runoff.getList("rounds[1].candidates.unit.id", Number.class).forEach(n -> candidates.add(n.longValue()));
        Votes.step(w, vote, "OPEN", "OPEN");
        // the runoff: the first listed candidate on every ballot, the second on five
        for (int i = 0; i < 6; i++) {
            Votes.castOk(w, vote, 2, i, i == 5 ? List.of(candidates.get(0)) : candidates.subList(0, 2));
        }
        Votes.step(w, vote, "CLOSED", "CLOSED");
        Votes.step(w, vote, "TALLIED", "TALLIED");
        Votes.step(w, vote, "CERTIFIED", "CERTIFIED");
        JsonPath certified = w.as(0).get("/api/v1/votes/{id}", vote).then().statusCode(200).extract().jsonPath();
        long leader = certified.getLong("elected[0].id");
        long deputy = certified.getLong("elected[1].id");
        assertEquals(candidates.get(0), leader);

        // the certification recorded next year's leadership, by election, with this vote
        String path = "/api/v1/terms/" + w.term() + "/leadership-result";
        JsonPath result = Api.as(Actor.ADMIN).get(path).then().statusCode(200).body("status", equalTo("PROPOSED"))
                .body("method", equalTo("ELECTION")).body("nextYear", equalTo(2026)).extract().jsonPath();
        assertEquals(leader, result.getLong("leader.id"));
        assertEquals(deputy, result.getLong("deputy.id"));
        assertEquals(vote, result.getLong("leaderVoteId"));
        long id = result.getLong("id");

        // the Board confirms: next year's term with the six members, the elected units leading it
        JsonPath confirmed = Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/leadership-results/{id}", id)).body(Map.of())
                .post("/api/v1/leadership-results/{id}/confirmation", id).then().statusCode(200).extract().jsonPath();
        assertEquals("CONFIRMED", confirmed.getString("result.status"));
        long next = confirmed.getLong("nextTermId");
        JsonPath members = Api.as(Actor.ADMIN).get("/api/v1/terms/{id}/memberships", next).then().statusCode(200).extract().jsonPath();
        List<Number> memberUnits = members.getList("items.unit.id", Number.class);
        assertEquals(6, memberUnits.size());
        for (int i = 0; i < memberUnits.size(); i++) {
            long unit = memberUnits.get(i).longValue();
            String role = members.getString("items[" + i + "].role");
            assertEquals(unit == leader ? "LEADER" : unit == deputy ? "DEPUTY" : "MEMBER", role, "role of unit " + unit);
        }

        // the outgoing leader hands the flag over at the year-end review where the election was held
        w.as(0).header("If-Match", Fixtures.etag("/api/v1/leadership-results/{id}", id)).body(Map.of("conferenceId", yearEnd))
                .post("/api/v1/leadership-results/{id}/handover", id).then().statusCode(200);
        Api.as(Actor.ADMIN).get(path).then().statusCode(200).body("status", equalTo("HANDED_OVER"))
                .body("handover.conferenceId", equalTo((int) yearEnd)).body("handover.handedOverOn", equalTo("2025-12-18"));
    }
}
