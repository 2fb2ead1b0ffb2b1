package vn.thidua.leadership;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Conferences;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Keycloak;
import vn.thidua.support.Uploads;
import vn.thidua.vote.CandidateEligibility;
import vn.thidua.vote.LeadershipSeats;
import vn.thidua.vote.VoteCertified;
import vn.thidua.vote.VoteKind;
import vn.thidua.vote.VoteSubject;

/**
 * Next year's leadership through HTTP with real tokens, on fresh Thái Nguyên units (so no other test's
 * year is touched): designation, rotation and election (the VoteCertified event fired as the vote engine
 * does, inside a transaction) give the same result record; the Board's confirmation makes next year's term
 * with the members carried over (a merged unit replaced by its successor, a dissolved one dropped); the
 * handover at the year-end review; the public leaders; and each refusal.
 */
@QuarkusTest
class LeadershipApiTest {

    private static final AtomicLong VOTE_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Inject
    Event<VoteCertified> certified;

    @Inject
    @Any
    Instance<CandidateEligibility> eligibility;

    /** What every CandidateEligibility bean says, as the vote engine asks before a vote opens. */
    private Map<Long, Text> ineligible(long term, List<Long> candidates) {
        VoteSubject subject = new VoteSubject(VOTE_IDS.incrementAndGet(), term, VoteKind.LEADER_ELECTION, LeadershipSeats.LEADER_AND_DEPUTY, null);
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, Text> all = new LinkedHashMap<>();
            eligibility.forEach(rule -> all.putAll(rule.ineligible(subject, candidates)));
            return all;
        });
    }

    /** A fresh bloc's outgoing term: units[0] LEADER, units[1] DEPUTY, the rest MEMBER; its leader's officer. */
    record Year(long bloc, long term, int year, List<Long> units, List<String> codes, String leaderToken) {
        long unit(int i) {
            return units.get(i);
        }
    }

    private static Year year(int year, String selection, int members) {
        long bloc = Fixtures.bloc().create();
        long term = Fixtures.term(bloc, year).rules(Map.of("leaderSelection", selection)).create();
        List<Long> units = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            JsonPath unit = Fixtures.unit().createJson();
            units.add(unit.getLong("id"));
            codes.add(unit.getString("code"));
            Fixtures.member(term, units.get(i), i == 0 ? "LEADER" : i == 1 ? "DEPUTY" : "MEMBER");
        }
        String token = Keycloak.officerToken("ldr." + codes.get(0).toLowerCase(java.util.Locale.ROOT), codes.get(0), "19");
        return new Year(bloc, term, year, units, codes, token);
    }

    /** An officer of a fresh Bắc Ninh unit: another province. */
    private static String otherProvinceOfficer() {
        JsonPath unit = Fixtures.unit().inProvince(Fixtures.provinceId("27")).createJsonAs(Actor.OTHER_ADMIN);
        return Keycloak.officerToken("oth." + unit.getString("code").toLowerCase(java.util.Locale.ROOT), unit.getString("code"), "27");
    }

    private static long unit() {
        return Fixtures.unit().create();
    }

    private static void succession(String kind, String effective, long predecessor, Long successor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("effectiveDate", effective);
        body.put("decision", Fixtures.decision("5/QĐ-UBND", effective));
        body.put("predecessorIds", List.of(predecessor));
        if (successor != null) {
            body.put("successorIds", List.of(successor));
        }
        Api.as(Actor.ADMIN).body(body).post("/api/v1/unit-successions").then().statusCode(201);
    }

    private static Map<String, Object> designation(long leader, Long deputy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leaderUnitId", leader);
        if (deputy != null) {
            body.put("deputyUnitId", deputy);
        }
        body.put("decision", Map.of("number", "1250/QĐ-UBND", "date", "2019-12-10", "issuer", "UBND tỉnh Thái Nguyên"));
        return body;
    }

    private static String resultPath(long term) {
        return "/api/v1/terms/" + term + "/leadership-result";
    }

    private static String etag(long result) {
        return Fixtures.etag("/api/v1/leadership-results/{id}", result);
    }

    private static RequestSpecification as(String token) {
        return Api.withToken(token);
    }

    private static JsonPath confirm(long result) {
        return Api.as(Actor.ADMIN).header("If-Match", etag(result)).body(Map.of())
                .post("/api/v1/leadership-results/{id}/confirmation", result).then().statusCode(200).extract().jsonPath();
    }

    private void fire(long term, LeadershipSeats seats, long voteId, Long... elected) {
        QuarkusTransaction.requiringNew().run(() -> certified.fire(new VoteCertified(
                new VoteSubject(voteId, term, VoteKind.LEADER_ELECTION, seats, null), List.of(elected), Instant.now())));
    }

    private static String codeOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DomainException e) {
                return e.code();
            }
        }
        return String.valueOf(t);
    }

    // ── designation ─────────────────────────────────────────────────────────────────────────

    @Test
    void aDesignationConfirmedMakesNextYearsTermWithTheMembersCarriedOver() {
        Year y = year(2019, "DESIGNATION", 5);
        long successor = unit();
        succession("MERGE", "2020-01-01", y.unit(3), successor);
        succession("DISSOLVE", "2020-01-01", y.unit(4), null);
        String path = resultPath(y.term());

        Api.raw(Actor.ADMIN).get(path).then().statusCode(404).body("code", equalTo("LEADERSHIP_RESULT_NOT_FOUND"));
        // the rules broken once each
        Api.raw(Actor.ADMIN).body(designation(y.unit(2), y.unit(2))).post(path + "/designation").then().statusCode(422)
                .body("code", equalTo("LEADERSHIP_SAME_UNIT"));
        Api.raw(Actor.ADMIN).body(designation(y.unit(3), null)).post(path + "/designation").then().statusCode(422)
                .body("code", equalTo("LEADERSHIP_UNIT_INACTIVE"));
        Api.raw(Actor.OTHER_ADMIN).body(designation(y.unit(2), null)).post(path + "/designation").then().statusCode(404);
        as(y.leaderToken()).body(designation(y.unit(2), null)).post(path + "/designation").then().statusCode(403);
        Api.raw(Actor.ADMIN).body(Map.of()).post(path + "/rotation-proposal").then().statusCode(409)
                .body("code", equalTo("LEADERSHIP_SELECTION_MISMATCH"));

        long id = Api.as(Actor.ADMIN).body(designation(y.unit(2), y.unit(0))).post(path + "/designation").then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("method", equalTo("DESIGNATION")).body("nextYear", equalTo(2020))
                .body("leader.id", equalTo((int) y.unit(2))).body("deputy.id", equalTo((int) y.unit(0)))
                .body("decision.number", equalTo("1250/QĐ-UBND"))
                .body("permissions", contains("CONFIRM", "UPLOAD_DECISION_FILE", "WITHDRAW")).extract().jsonPath().getLong("id");
        // a second designation replaces the proposed one only with its ETag
        Api.raw(Actor.ADMIN).body(designation(y.unit(2), y.unit(0))).post(path + "/designation").then().statusCode(428);
        Api.as(Actor.ADMIN).header("If-Match", etag(id)).body(designation(y.unit(2), y.unit(1))).post(path + "/designation").then()
                .statusCode(200).body("id", equalTo((int) id)).body("deputy.id", equalTo((int) y.unit(1)));
        Api.as(Actor.ADMIN).header("If-Match", etag(id)).body(designation(y.unit(2), y.unit(0))).post(path + "/designation").then()
                .statusCode(200);
        Uploads.file(Api.raw(Actor.ADMIN), "quyet-dinh-chi-dinh.pdf", Uploads.PDF, null)
                .post("/api/v1/leadership-results/{id}/decision-files", id).then().statusCode(201);
        Api.as(Actor.VIEWER).get("/api/v1/leadership-results/{id}/decision-files", id).then().statusCode(200).body("size()", equalTo(1));

        // readers read; other provinces 404
        Api.as(Actor.VIEWER).get(path).then().statusCode(200).body("id", equalTo((int) id)).body("permissions", equalTo(List.of()));
        Api.as(Actor.NATIONAL).get("/api/v1/leadership-results/{id}", id).then().statusCode(200);
        as(y.leaderToken()).get(path).then().statusCode(200).body("permissions", equalTo(List.of()));
        Api.raw(Actor.OTHER_ADMIN).get("/api/v1/leadership-results/{id}", id).then().statusCode(404)
                .body("code", equalTo("LEADERSHIP_RESULT_NOT_FOUND"));
        as(otherProvinceOfficer()).get(path).then().statusCode(404).body("code", equalTo("TERM_NOT_FOUND"));

        // the Board confirms (If-Match); nobody else
        Api.raw(Actor.ADMIN).body(Map.of()).post("/api/v1/leadership-results/{id}/confirmation", id).then().statusCode(428);
        Api.raw(Actor.OTHER_ADMIN).header("If-Match", "*").body(Map.of()).post("/api/v1/leadership-results/{id}/confirmation", id)
                .then().statusCode(404);
        as(y.leaderToken()).header("If-Match", etag(id)).body(Map.of()).post("/api/v1/leadership-results/{id}/confirmation", id)
                .then().statusCode(403);
        Api.raw(Actor.ANONYMOUS).get("/api/v1/public/blocs/{id}/leaders", y.bloc()).then().statusCode(200).body("years", equalTo(List.of()));

        JsonPath confirmed = confirm(id);
        assertEquals("CONFIRMED", confirmed.getString("result.status"));
        assertEquals(true, confirmed.getBoolean("nextTermCreated"));
        long next = confirmed.getLong("nextTermId");
        assertEquals(next, confirmed.getLong("result.nextTermId"));
        assertEquals(List.of((int) y.unit(2), (int) y.unit(0), (int) y.unit(1), (int) successor),
                confirmed.getList("members.unit.id"));
        assertEquals(List.of("LEADER", "DEPUTY", "MEMBER", "MEMBER"), confirmed.getList("members.role"));
        assertEquals((int) y.unit(3), confirmed.getInt("members[3].replaces.id"));
        assertEquals(List.of((int) y.unit(4)), confirmed.getList("dropped.id"));

        Api.as(Actor.ADMIN).get("/api/v1/terms/{id}", next).then().statusCode(200).body("year", equalTo(2020))
                .body("blocId", equalTo((int) y.bloc())).body("status", equalTo("PLANNING"))
                .body("leader.id", equalTo((int) y.unit(2))).body("deputy.id", equalTo((int) y.unit(0)))
                .body("memberCount", equalTo(4)).body("rules.leaderSelection", equalTo("DESIGNATION"));
        Api.raw(Actor.ANONYMOUS).get("/api/v1/public/blocs/{id}/leaders", y.bloc()).then().statusCode(200)
                .body("years.year", contains(2020)).body("years[0].leader.id", equalTo((int) y.unit(2)))
                .body("years[0].deputy.id", equalTo((int) y.unit(0))).body("years[0].method", equalTo("DESIGNATION"));
        Api.raw(Actor.ANONYMOUS).get("/api/v1/public/blocs/{id}/leaders", Long.MAX_VALUE / 2).then().statusCode(404);
        Api.as(Actor.ADMIN).get("/api/v1/audit-events?entityType=LeadershipResult&entityId={id}", id).then().statusCode(200)
                .body("items.operation", hasItem("TRANSITION"));

        // confirmed once only; nor withdrawn then
        Api.raw(Actor.ADMIN).header("If-Match", etag(id)).body(Map.of()).post("/api/v1/leadership-results/{id}/confirmation", id)
                .then().statusCode(409).body("code", equalTo("LEADERSHIP_STATUS_STEP"));
        Api.raw(Actor.ADMIN).header("If-Match", etag(id)).body(Map.of("reason", "Nhầm"))
                .post("/api/v1/leadership-results/{id}/withdrawal", id).then().statusCode(409).body("code", equalTo("LEADERSHIP_STATUS_STEP"));
    }

    @Test
    void confirmationUpdatesAPlanningNextTermAndRefusesOneStartedUnderAnotherLeader() {
        // next year already PLANNING with another leader: that unit becomes a member, the designated one leads
        Year y = year(2019, "DESIGNATION", 4);
        long next = Fixtures.term(y.bloc(), 2020).create();
        Fixtures.member(next, y.unit(1), "LEADER");
        long id = Api.as(Actor.ADMIN).body(designation(y.unit(2), y.unit(3))).post(resultPath(y.term()) + "/designation").then()
                .statusCode(200).extract().jsonPath().getLong("id");
        JsonPath confirmed = confirm(id);
        assertEquals(false, confirmed.getBoolean("nextTermCreated"));
        assertEquals(next, confirmed.getLong("nextTermId"));
        Api.as(Actor.ADMIN).get("/api/v1/terms/{id}", next).then().body("leader.id", equalTo((int) y.unit(2)))
                .body("deputy.id", equalTo((int) y.unit(3))).body("memberCount", equalTo(4));
        Api.as(Actor.ADMIN).queryParam("role", "MEMBER").get("/api/v1/terms/{id}/memberships", next).then()
                .body("items.unit.id", containsInAnyOrder((int) y.unit(0), (int) y.unit(1)));

        // next year ACTIVE under another leader: refused, nothing written
        Year other = year(2019, "DESIGNATION", 4);
        long started = Fixtures.term(other.bloc(), 2020).create();
        Fixtures.member(started, other.unit(1), "LEADER");
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", started)).body(Map.of("status", "ACTIVE"))
                .post("/api/v1/terms/{id}/status", started).then().statusCode(200);
        long refused = Api.as(Actor.ADMIN).body(designation(other.unit(2), null)).post(resultPath(other.term()) + "/designation")
                .then().statusCode(200).extract().jsonPath().getLong("id");
        Api.raw(Actor.ADMIN).header("If-Match", etag(refused)).body(Map.of()).post("/api/v1/leadership-results/{id}/confirmation", refused)
                .then().statusCode(409).body("code", equalTo("LEADERSHIP_NEXT_TERM_STARTED"));
        Api.as(Actor.ADMIN).get("/api/v1/terms/{id}", started).then().body("leader.id", equalTo((int) other.unit(1)))
                .body("memberCount", equalTo(1));
        Api.as(Actor.ADMIN).get("/api/v1/leadership-results/{id}", refused).then().body("status", equalTo("PROPOSED"));

        // a unit that stopped since the designation: refused at confirmation
        Year merged = year(2019, "DESIGNATION", 3);
        long designated = Api.as(Actor.ADMIN).body(designation(merged.unit(2), null)).post(resultPath(merged.term()) + "/designation")
                .then().statusCode(200).extract().jsonPath().getLong("id");
        succession("MERGE", "2020-01-01", merged.unit(2), merged.unit(1));
        Api.raw(Actor.ADMIN).header("If-Match", etag(designated)).body(Map.of())
                .post("/api/v1/leadership-results/{id}/confirmation", designated).then().statusCode(422)
                .body("code", equalTo("LEADERSHIP_UNIT_INACTIVE"));

        // withdrawn with a reason, then another may be recorded
        Api.raw(Actor.ADMIN).header("If-Match", etag(designated)).body(Map.of("reason", " "))
                .post("/api/v1/leadership-results/{id}/withdrawal", designated).then().statusCode(400);
        Api.as(Actor.ADMIN).header("If-Match", etag(designated)).body(Map.of("reason", "Đơn vị đã sáp nhập"))
                .post("/api/v1/leadership-results/{id}/withdrawal", designated).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawnReason", equalTo("Đơn vị đã sáp nhập"));
        Api.raw(Actor.ADMIN).get(resultPath(merged.term())).then().statusCode(404);
        Api.as(Actor.ADMIN).body(designation(merged.unit(1), null)).post(resultPath(merged.term()) + "/designation").then()
                .statusCode(200).body("id", not(equalTo((int) designated)));
    }

    // ── rotation ────────────────────────────────────────────────────────────────────────────

    @Test
    void rotationProposesTheNextInOrderSkippingANonMemberAndFollowingAMergedUnit() {
        Year y = year(2019, "ROTATION", 5);
        long successor = unit();
        long outsider = unit();
        succession("MERGE", "2020-01-01", y.unit(3), successor);
        String order = "/api/v1/blocs/" + y.bloc() + "/rotation-order";
        String path = resultPath(y.term());

        Api.raw(Actor.ADMIN).get(path + "/rotation-proposal").then().statusCode(409).body("code", equalTo("ROTATION_ORDER_MISSING"));
        String empty = Api.as(Actor.VIEWER).get(order).then().statusCode(200).body("units", equalTo(List.of()))
                .body("permissions", equalTo(List.of())).extract().header("ETag");
        List<Long> turns = List.of(y.unit(0), outsider, y.unit(3), y.unit(1), y.unit(4), y.unit(2));
        as(y.leaderToken()).header("If-Match", empty).body(Map.of("unitIds", turns)).put(order).then().statusCode(403);
        Api.raw(Actor.ADMIN).body(Map.of("unitIds", turns)).put(order).then().statusCode(428);
        Api.raw(Actor.ADMIN).header("If-Match", empty).body(Map.of("unitIds", List.of(y.unit(0), y.unit(0)))).put(order).then()
                .statusCode(422).body("code", equalTo("ROTATION_UNIT_TWICE")).body("errors[0].field", equalTo("unitIds[1]"));
        long foreign = Fixtures.unit().inProvince(Fixtures.provinceId("27")).create(Actor.OTHER_ADMIN);
        Api.raw(Actor.ADMIN).header("If-Match", empty).body(Map.of("unitIds", List.of(y.unit(0), foreign))).put(order).then()
                .statusCode(422).body("code", equalTo("ROTATION_UNIT_UNKNOWN"));
        String recorded = Api.as(Actor.ADMIN).header("If-Match", empty).body(Map.of("unitIds", turns)).put(order).then().statusCode(200)
                .body("units.id", contains(turns.stream().map(Long::intValue).toArray())).body("permissions", contains("UPDATE"))
                .extract().header("ETag");
        Api.raw(Actor.ADMIN).header("If-Match", empty).body(Map.of("unitIds", turns)).put(order).then().statusCode(412);
        assertEquals(recorded, Fixtures.etag(order));

        as(y.leaderToken()).get(path + "/rotation-proposal").then().statusCode(200)
                .body("leader.id", equalTo((int) successor)).body("deputy.id", equalTo((int) y.unit(1)))
                .body("skipped.unit.id", contains((int) outsider)).body("skipped.reason", contains("NOT_A_MEMBER"))
                .body("followed[0].from.id", equalTo((int) y.unit(3))).body("followed[0].to.id", equalTo((int) successor));

        // a member that does not manage the term may not record it
        String memberToken = Keycloak.officerToken("mem." + y.codes().get(2).toLowerCase(java.util.Locale.ROOT), y.codes().get(2), "19");
        as(memberToken).body(Map.of()).post(path + "/rotation-proposal").then().statusCode(403).body("code", equalTo("TERM_MANAGERS_ONLY"));
        long id = as(y.leaderToken()).body(Map.of()).post(path + "/rotation-proposal").then().statusCode(200)
                .body("method", equalTo("ROTATION")).body("status", equalTo("PROPOSED"))
                .body("leader.id", equalTo((int) successor)).body("deputy.id", equalTo((int) y.unit(1)))
                .body("permissions", equalTo(List.of())).extract().jsonPath().getLong("id");
        // the leader chooses the deputy: a member next year, never an outsider
        as(y.leaderToken()).header("If-Match", etag(id)).body(Map.of("deputyUnitId", outsider)).post(path + "/rotation-proposal").then()
                .statusCode(422).body("code", equalTo("ROTATION_DEPUTY_NOT_A_MEMBER"));
        as(y.leaderToken()).header("If-Match", etag(id)).body(Map.of("deputyUnitId", y.unit(4))).post(path + "/rotation-proposal").then()
                .statusCode(200).body("deputy.id", equalTo((int) y.unit(4)));
        Api.raw(Actor.ADMIN).body(designation(y.unit(2), null)).post(path + "/designation").then().statusCode(409)
                .body("code", equalTo("LEADERSHIP_SELECTION_MISMATCH"));

        JsonPath confirmed = confirm(id);
        long next = confirmed.getLong("nextTermId");
        Api.as(Actor.ADMIN).get("/api/v1/terms/{id}", next).then().body("leader.id", equalTo((int) successor))
                .body("deputy.id", equalTo((int) y.unit(4))).body("memberCount", equalTo(5));
        assertEquals((int) y.unit(3), confirmed.getInt("members[0].replaces.id"));
    }

    // ── election ────────────────────────────────────────────────────────────────────────────

    @Test
    void aCertifiedElectionBecomesTheProposedResultInBothForms() {
        Year both = year(2019, "ELECTION", 4);
        long vote = VOTE_IDS.incrementAndGet();
        fire(both.term(), LeadershipSeats.LEADER_AND_DEPUTY, vote, both.unit(2), both.unit(3));
        Api.as(Actor.ADMIN).get(resultPath(both.term())).then().statusCode(200).body("method", equalTo("ELECTION"))
                .body("status", equalTo("PROPOSED")).body("leader.id", equalTo((int) both.unit(2)))
                .body("deputy.id", equalTo((int) both.unit(3))).body("leaderVoteId", equalTo((int) vote))
                .body("deputyVoteId", equalTo((int) vote));

        // two ballots in turn (the deputy's certified first): no leader yet, so no confirmation
        Year turns = year(2019, "ELECTION", 4);
        long deputyVote = VOTE_IDS.incrementAndGet();
        fire(turns.term(), LeadershipSeats.DEPUTY, deputyVote, turns.unit(3));
        long id = Api.as(Actor.ADMIN).get(resultPath(turns.term())).then().statusCode(200).body("leader", nullValue())
                .body("deputy.id", equalTo((int) turns.unit(3))).body("permissions", contains("WITHDRAW"))
                .extract().jsonPath().getLong("id");
        Api.raw(Actor.ADMIN).header("If-Match", etag(id)).body(Map.of()).post("/api/v1/leadership-results/{id}/confirmation", id)
                .then().statusCode(422).body("code", equalTo("LEADERSHIP_NEEDS_LEADER"));
        long leaderVote = VOTE_IDS.incrementAndGet();
        fire(turns.term(), LeadershipSeats.LEADER, leaderVote, turns.unit(2));
        Api.as(Actor.ADMIN).get(resultPath(turns.term())).then().body("id", equalTo((int) id))
                .body("leader.id", equalTo((int) turns.unit(2))).body("leaderVoteId", equalTo((int) leaderVote))
                .body("deputyVoteId", equalTo((int) deputyVote)).body("permissions", contains("CONFIRM", "WITHDRAW"));
        assertEquals("CONFIRMED", confirm(id).getString("result.status"));
        // a certification after confirmation is refused (the certifying transaction fails)
        assertEquals("LEADERSHIP_RESULT_EXISTS", codeOf(assertThrows(RuntimeException.class,
                () -> fire(turns.term(), LeadershipSeats.LEADER, VOTE_IDS.incrementAndGet(), turns.unit(1)))));

    }

    @Test
    void anElectionIsRefusedWhenTheRulesChooseOtherwiseOrTheSeatsClash() {
        Year rotation = year(2019, "ROTATION", 3);
        assertEquals("LEADERSHIP_SELECTION_MISMATCH", codeOf(assertThrows(RuntimeException.class,
                () -> fire(rotation.term(), LeadershipSeats.LEADER_AND_DEPUTY, VOTE_IDS.incrementAndGet(), rotation.unit(1), rotation.unit(2)))));
        Api.raw(Actor.ADMIN).get(resultPath(rotation.term())).then().statusCode(404);
        // and asked before the vote opens, every candidate is refused with the reason
        Map<Long, Text> onRotation = ineligible(rotation.term(), List.of(rotation.unit(1), rotation.unit(2)));
        assertEquals(java.util.Set.of(rotation.unit(1), rotation.unit(2)), onRotation.keySet());
        assertTrue(onRotation.get(rotation.unit(1)).vi().contains("Luân phiên"));

        Year election = year(2019, "ELECTION", 3);
        assertEquals("LEADERSHIP_SAME_UNIT", codeOf(assertThrows(RuntimeException.class,
                () -> fire(election.term(), LeadershipSeats.LEADER_AND_DEPUTY, VOTE_IDS.incrementAndGet(), election.unit(1), election.unit(1)))));
        long merged = election.unit(2);
        succession("MERGE", "2020-01-01", merged, election.unit(1));
        assertEquals("LEADERSHIP_UNIT_INACTIVE", codeOf(assertThrows(RuntimeException.class,
                () -> fire(election.term(), LeadershipSeats.LEADER, VOTE_IDS.incrementAndGet(), merged))));
        Api.raw(Actor.ADMIN).get(resultPath(election.term())).then().statusCode(404);
        assertEquals(java.util.Set.of(merged), ineligible(election.term(), List.of(merged, election.unit(1))).keySet());
        // designation on an election year is refused too
        Api.raw(Actor.ADMIN).body(designation(election.unit(1), null)).post(resultPath(election.term()) + "/designation").then()
                .statusCode(409).body("code", equalTo("LEADERSHIP_SELECTION_MISMATCH"));
    }

    // ── handover ────────────────────────────────────────────────────────────────────────────

    private static long conference(long term, String kind, String heldOn, List<Long> attendees, boolean hold) {
        Map<String, Object> body = Fixtures.conferenceBody(heldOn);
        body.put("kind", kind);
        body.put("title", "Hội nghị tổng kết công tác thi đua năm 2019 " + Fixtures.unique());
        long id = Api.as(Actor.ADMIN).body(body).post("/api/v1/terms/{id}/conferences", term).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        if (hold) {
            Conferences.attend(Actor.ADMIN, id, attendees);
            Conferences.move(Actor.ADMIN, id, "HELD");
        }
        return id;
    }

    @Test
    void theFlagIsHandedOverAtTheOutgoingYearEndReview() {
        Year y = year(2019, "DESIGNATION", 3);
        String path = resultPath(y.term());
        long id = Api.as(Actor.ADMIN).body(designation(y.unit(2), y.unit(1))).post(path + "/designation").then().statusCode(200)
                .extract().jsonPath().getLong("id");
        long yearEnd = conference(y.term(), "YEAR_END_REVIEW", "2019-12-20", y.units(), true);
        Map<String, Object> handover = Map.of("conferenceId", yearEnd);
        as(y.leaderToken()).header("If-Match", etag(id)).body(handover).post("/api/v1/leadership-results/{id}/handover", id).then()
                .statusCode(409).body("code", equalTo("LEADERSHIP_STATUS_STEP"));
        confirm(id);

        long midYear = conference(y.term(), "MID_YEAR_REVIEW", "2019-07-05", y.units(), true);
        long scheduled = conference(y.term(), "YEAR_END_REVIEW", "2019-12-27", y.units(), false);
        long otherTerms = conference(year(2019, "DESIGNATION", 2).term(), "YEAR_END_REVIEW", "2019-12-20", List.of(), false);
        as(y.leaderToken()).header("If-Match", etag(id)).body(Map.of("conferenceId", midYear))
                .post("/api/v1/leadership-results/{id}/handover", id).then().statusCode(422)
                .body("code", equalTo("LEADERSHIP_HANDOVER_NOT_YEAR_END"));
        as(y.leaderToken()).header("If-Match", etag(id)).body(Map.of("conferenceId", scheduled))
                .post("/api/v1/leadership-results/{id}/handover", id).then().statusCode(422)
                .body("code", equalTo("LEADERSHIP_HANDOVER_CONFERENCE_NOT_HELD"));
        as(y.leaderToken()).header("If-Match", etag(id)).body(Map.of("conferenceId", otherTerms))
                .post("/api/v1/leadership-results/{id}/handover", id).then().statusCode(422)
                .body("code", equalTo("LEADERSHIP_HANDOVER_CONFERENCE_UNKNOWN"));
        Api.raw(Actor.VIEWER).header("If-Match", etag(id)).body(handover).post("/api/v1/leadership-results/{id}/handover", id).then()
                .statusCode(403);
        String memberToken = Keycloak.officerToken("mem." + y.codes().get(2).toLowerCase(java.util.Locale.ROOT), y.codes().get(2), "19");
        as(memberToken).header("If-Match", etag(id)).body(handover).post("/api/v1/leadership-results/{id}/handover", id).then()
                .statusCode(403).body("code", equalTo("TERM_MANAGERS_ONLY"));
        as(y.leaderToken()).header("If-Match", "\"stale\"").body(handover).post("/api/v1/leadership-results/{id}/handover", id).then()
                .statusCode(412);
        as(y.leaderToken()).get(path).then().body("permissions", contains("RECORD_HANDOVER"));

        as(y.leaderToken()).header("If-Match", etag(id)).body(handover).post("/api/v1/leadership-results/{id}/handover", id).then()
                .statusCode(200).body("status", equalTo("HANDED_OVER")).body("handover.conferenceId", equalTo((int) yearEnd))
                .body("handover.handedOverOn", equalTo("2019-12-20")).body("handover.handedBy.id", equalTo((int) y.unit(0)))
                .body("handover.handedTo.id", equalTo((int) y.unit(2)));
        Api.as(Actor.VIEWER).get(path).then().statusCode(200).body("status", equalTo("HANDED_OVER"))
                .body("handover.handedTo.id", equalTo((int) y.unit(2))).body("permissions", equalTo(List.of()));
        Api.raw(Actor.ANONYMOUS).get("/api/v1/public/blocs/{id}/leaders", y.bloc()).then().body("years[0].leader.id", equalTo((int) y.unit(2)));
        as(y.leaderToken()).header("If-Match", etag(id)).body(handover).post("/api/v1/leadership-results/{id}/handover", id).then()
                .statusCode(409).body("code", equalTo("LEADERSHIP_STATUS_STEP"));
    }
}
