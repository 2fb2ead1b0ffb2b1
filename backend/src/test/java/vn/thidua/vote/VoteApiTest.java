package vn.thidua.vote;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Votes;
import vn.thidua.support.Votes.World;
import vn.thidua.term.ThresholdBase;

/**
 * Votes through HTTP with real tokens, each step on a fresh bloc of fresh units (any size, any rules):
 * the secret election's lifecycle and who sees what at each step, the quorum, the threshold's bases and
 * boundary, the runoff, re-vote and lot, open votes' names, paper ballots' tellers, disclosure warnings,
 * the database dump that must not link a unit to its choice, and fifteen units casting at once.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VoteApiTest {

    private static final String VOTE = "/api/v1/votes/{id}";
    private static final String AUDIT_TABLE = "audit_event";

    private static World six;
    private static long election;
    private static final Map<Integer, String> receipts = new LinkedHashMap<>();

    @Test
    @Order(1)
    void theChairSetsUpASecretElectionOfLeaderAndDeputyAndOpensIt() {
        six = Votes.world(6, 6, null);
        Map<String, Object> body = Votes.body(six, "LEADER_ELECTION", "SECRET", List.of(six.unit(0), six.unit(1), six.unit(2)));
        six.raw(3).body(body).post("/api/v1/terms/{id}/votes", six.term()).then().statusCode(403).body("code", equalTo("TERM_MANAGERS_ONLY"));
        Map<String, Object> twoSeats = new LinkedHashMap<>(body);
        twoSeats.put("leadershipSeats", "LEADER");
        six.raw(0).body(twoSeats).post("/api/v1/terms/{id}/votes", six.term()).then().statusCode(422)
                .body("code", equalTo("VOTE_LEADER_BALLOTS_RULE"));
        election = Votes.create(six, body);
        six.as(0).get(VOTE, election).then().statusCode(200).body("status", equalTo("DRAFT")).body("seats", equalTo(2))
                .body("permissions", hasItem("OPEN"));
        Api.raw(Actor.VIEWER).get(VOTE, election).then().statusCode(404).body("code", equalTo("VOTE_NOT_FOUND"));
        Votes.cast(six, election, 1, 3, List.of(six.unit(0))).then().statusCode(409).body("code", equalTo("VOTE_NOT_OPEN"));
        Votes.step(six, election, "OPEN", "OPEN");
        six.as(3).get(VOTE, election).then().statusCode(200).body("permissions", hasItem("CAST")).body("ownUnitVoted", equalTo(false));
    }

    @Test
    @Order(2)
    void unitsCastOnceEachForTheirOwnUnitAndNobodySeesCountsWhileOpenNorBeforeTheTally() {
        List<List<Long>> ballots = List.of(List.of(six.unit(0), six.unit(1)), List.of(six.unit(1), six.unit(0)), List.of(six.unit(0), six.unit(2)),
                List.of(six.unit(0), six.unit(1)), List.of(six.unit(1), six.unit(2)), List.of(six.unit(0)));
        Votes.cast(six, election, 1, 3, List.of(six.unit(0), six.unit(1), six.unit(2))).then().statusCode(422)
                .body("code", equalTo("VOTE_BALLOT_TOO_MANY"));
        Votes.cast(six, election, 1, 3, List.of(six.unit(5))).then().statusCode(422).body("code", equalTo("VOTE_BALLOT_INVALID"));
        Votes.cast(six, election, 1, 3, List.of(six.unit(0), six.unit(0))).then().statusCode(422).body("code", equalTo("VOTE_BALLOT_INVALID"));
        Votes.cast(six, election, 2, 3, List.of(six.unit(0))).then().statusCode(409).body("code", equalTo("VOTE_NOT_OPEN"));
        Api.raw(Actor.ADMIN).body(Map.of("round", 1, "choices", List.of(six.unit(0)))).post(VOTE + "/ballots", election).then().statusCode(403);
        for (int i = 0; i < 6; i++) {
            String receipt = Votes.castOk(six, election, 1, i, ballots.get(i));
            assertTrue(receipt.matches("[0-9A-HJKMNP-TV-Z]{16}"), receipt);
            receipts.put(i, receipt);
            if (i == 2) {
                noCounts(Actor.ADMIN.token());
                noCounts(six.token(0));
            }
        }
        Votes.cast(six, election, 1, 4, List.of(six.unit(2))).then().statusCode(409).body("code", equalTo("VOTE_ALREADY_CAST"));
        six.as(4).get(VOTE, election).then().body("ownUnitVoted", equalTo(true)).body("permissions", everyItem(org.hamcrest.Matchers.not("CAST")));
        Api.as(Actor.ADMIN).get(VOTE, election).then().body("voted", hasSize(6));
        Votes.move(six, election, "TALLIED").then().statusCode(409).body("code", equalTo("VOTE_STATUS_STEP"));
        Votes.step(six, election, "CLOSED", "CLOSED");
        Votes.cast(six, election, 1, 5, List.of(six.unit(0))).then().statusCode(409).body("code", equalTo("VOTE_NOT_OPEN"));
        noCounts(Actor.ADMIN.token());
        noCounts(six.token(0));
    }

    private static void noCounts(String token) {
        JsonPath json = Api.withToken(token).get(VOTE, election).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), json.getList("rounds[0].candidates.findAll { it.votes != null }"));
        org.junit.jupiter.api.Assertions.assertNull(json.get("rounds[0].ballotsValid"));
        org.junit.jupiter.api.Assertions.assertNull(json.get("rounds[0].ballots"));
    }

    @Test
    @Order(3)
    void theTallyIsTheChairsAndTheBoardsUntilPublishedThenCertifiedAndPublishedWithReceiptsAndTheMinutesHash() throws Exception {
        Votes.step(six, election, "TALLIED", "TALLIED");
        six.as(0).get(VOTE, election).then().body("rounds[0].candidates.votes", equalTo(List.of(5, 4, 2)))
                .body("rounds[0].candidates.electedRank", equalTo(java.util.Arrays.asList(1, 2, null)))
                .body("rounds[0].ballotsValid", equalTo(6)).body("rounds[0].disclosureWarnings", hasSize(0))
                .body("rounds[0].ballots", nullValue());
        Api.as(Actor.ADMIN).get(VOTE, election).then().body("rounds[0].candidates.votes", equalTo(List.of(5, 4, 2)));
        six.as(3).get(VOTE, election).then().body("rounds[0].candidates.votes", equalTo(java.util.Arrays.asList(null, null, null)));
        Api.raw(Actor.VIEWER).get(VOTE, election).then().statusCode(404);
        Api.raw(Actor.ADMIN).header("If-Match", Votes.etag(six, election)).body(Map.of("status", "CERTIFIED"))
                .post(VOTE + "/status", election).then().statusCode(200).body("elected.id", equalTo(List.of((int) six.unit(0), (int) six.unit(1))));
        Api.raw(Actor.ANONYMOUS).get("/api/v1/public/votes/{id}", election).then().statusCode(404);
        Votes.publish(six, election, null).then().statusCode(200).body("rounds[0].publishedAt", notNullValue());
        Votes.publish(six, election, null).then().statusCode(409).body("code", equalTo("VOTE_NOTHING_TO_PUBLISH"));

        JsonPath published = Api.raw(Actor.ANONYMOUS).get("/api/v1/public/votes/{id}", election).then().statusCode(200)
                .body("permissions", nullValue()).body("voted", nullValue()).extract().jsonPath();
        List<String> listed = published.getList("rounds[0].ballots.receipt");
        assertEquals(Set.copyOf(receipts.values()), Set.copyOf(listed), "every receipt is in the published list");
        assertEquals(listed.stream().sorted().toList(), listed, "the list is sorted by receipt, never the casting order");
        assertEquals(List.of(), published.getList("rounds[0].ballots.findAll { it.voter != null }"), "a secret ballot names no unit");
        List<Integer> third = published.getList("rounds[0].ballots.find { it.receipt == '" + receipts.get(2) + "' }.choices");
        assertEquals(List.of((int) six.unit(0), (int) six.unit(2)).stream().sorted().toList(), third);
        // the tally is reproducible from the published ballots
        List<List<Long>> ballots = published.getList("rounds[0].ballots.choices", List.class).stream()
                .map(l -> ((List<?>) l).stream().map(n -> ((Number) n).longValue()).toList()).toList();
        assertEquals(Map.of(six.unit(0), 5, six.unit(1), 4, six.unit(2), 2),
                VoteTally.votes(List.of(six.unit(0), six.unit(1), six.unit(2)), ballots));
        Api.as(Actor.VIEWER).get(VOTE, election).then().statusCode(200).body("rounds[0].candidates.votes", equalTo(List.of(5, 4, 2)));

        byte[] minutes = Votes.pdf(six.token(3), VOTE + "/counting-minutes.pdf?round=1", election);
        assertArrayEquals(minutes, Votes.pdf(Actor.VIEWER.token(), VOTE + "/counting-minutes.pdf?round=1", election),
                "the same data, the same bytes");
        assertEquals(published.getString("rounds[0].resultSha256"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(minutes)));
        String text = text(minutes);
        assertTrue(text.contains("Số phiếu hợp lệ: 6"), text);
        assertTrue(text.contains("Tổng số đơn vị thành viên: 6"), text);
        assertTrue(text.contains("BIÊN BẢN"), text);
        byte[] election1 = Votes.pdf(Actor.ADMIN.token(), VOTE + "/minutes.pdf", election);
        assertArrayEquals(election1, Votes.pdf(Actor.ADMIN.token(), VOTE + "/minutes.pdf", election));
        String electionText = text(election1);
        assertTrue(electionText.contains("Trưởng khối") && electionText.contains("Phó trưởng khối"), electionText);
        assertTrue(electionText.contains("Ông Trần Văn Dự"), "the register names the delegates: " + electionText);
    }

    static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    @Order(4)
    void aRoundOpensOnlyWithItsQuorumPresent() {
        World w = Votes.world(6, 3, null);
        long vote = Votes.create(w, Votes.body(w, "OTHER", "SECRET", List.of(w.unit(0), w.unit(1))));
        Votes.move(w, vote, "OPEN").then().statusCode(422).body("code", equalTo("VOTE_QUORUM_NOT_REACHED"))
                .body("detail", containsString("3/6"));
        w.as(0).get(VOTE, vote).then().body("status", equalTo("DRAFT"));
        Api.raw(Actor.ADMIN).header("If-Match", Votes.etag(w, vote)).body(Map.of("status", "VOID"))
                .post(VOTE + "/status", vote).then().statusCode(422).body("code", equalTo("VOTE_REASON_REQUIRED"));
        w.raw(0).header("If-Match", Votes.etag(w, vote)).body(Map.of("status", "VOID", "reason", "Không đủ số đơn vị"))
                .post(VOTE + "/status", vote).then().statusCode(403).body("code", equalTo("VOTE_VOID_BOARD_ONLY"));
        Api.raw(Actor.ADMIN).header("If-Match", Votes.etag(w, vote)).body(Map.of("status", "VOID", "reason", "Không đủ số đơn vị"))
                .post(VOTE + "/status", vote).then().statusCode(200).body("status", equalTo("VOID"))
                .body("voidReason", equalTo("Không đủ số đơn vị"));
    }

    @Test
    @Order(5)
    void theThresholdIsMeasuredAgainstItsBaseStrictlyOrInclusively() {
        // 8 members, 6 present, 4 ballots, the candidate gets 3 of them
        World w = Votes.world(8, 6, null);
        assertEquals("TALLIED", thresholdVote(w, "VALID_BALLOTS", "50", false)); // 3/4 > 50 %
        assertEquals("NO_RESULT", thresholdVote(w, "PRESENT_MEMBERS", "50", false)); // 3/6 = 50 %, not above
        assertEquals("TALLIED", thresholdVote(w, "PRESENT_MEMBERS", "50", true)); // 3/6 ≥ 50 %
        assertEquals("NO_RESULT", thresholdVote(w, "ALL_MEMBERS", "37.5", false)); // 3/8 = 37.5 %, not above
        assertEquals("TALLIED", thresholdVote(w, "ALL_MEMBERS", "37.5", true)); // 3/8 ≥ 37.5 %
        assertEquals("NO_RESULT", thresholdVote(w, "VALID_BALLOTS", "75", false)); // 3/4 = 75 %, not above
    }

    private static String thresholdVote(World w, String base, String percent, boolean inclusive) {
        Votes.rules(w, Map.of("winningThresholdBase", base, "winningThresholdPercent", new BigDecimal(percent),
                "winningThresholdInclusive", inclusive));
        long vote = Votes.create(w, Votes.body(w, "OTHER", "SECRET", List.of(w.unit(0), w.unit(1))));
        Votes.step(w, vote, "OPEN", "OPEN");
        Votes.castOk(w, vote, 1, 0, List.of(w.unit(0)));
        Votes.castOk(w, vote, 1, 1, List.of(w.unit(0)));
        Votes.castOk(w, vote, 1, 2, List.of(w.unit(0)));
        Votes.castOk(w, vote, 1, 3, List.of(w.unit(1)));
        Votes.cast(w, vote, 1, 7, List.of(w.unit(1))).then().statusCode(422).body("code", equalTo("VOTE_NOT_PRESENT"));
        Votes.step(w, vote, "CLOSED", "CLOSED");
        return Votes.move(w, vote, "TALLIED").then().statusCode(200).body("rounds[0].present", equalTo(6))
                .body("rounds[0].members", equalTo(8)).extract().jsonPath().getString("status");
    }

    @Test
    @Order(6)
    void withoutAWinnerARunoffBetweenTheTopTwoThenARevoteThenARecordedReproducibleLot() throws Exception {
        World w = Votes.world(6, 6, null);
        List<Long> abc = List.of(w.unit(0), w.unit(1), w.unit(2));
        long vote = Votes.create(w, Votes.body(w, "OTHER", "SECRET", abc));
        Votes.step(w, vote, "OPEN", "OPEN");
        castAll(w, vote, 1, List.of(0, 0, 0, 1, 1, 2), abc);
        Votes.step(w, vote, "CLOSED", "CLOSED");
        Votes.step(w, vote, "TALLIED", "NO_RESULT"); // 3 of 6 is not above half
        Votes.move(w, vote, "TALLIED").then().statusCode(409).body("code", equalTo("VOTE_LOT_TOO_EARLY"));
        Votes.move(w, vote, "DRAFT").then().statusCode(200).body("currentRound", equalTo(2)).body("rounds[1].kind", equalTo("RUNOFF"))
                .body("rounds[1].candidates.unit.id", equalTo(List.of((int) w.unit(0), (int) w.unit(1))));
        Votes.cast(w, vote, 1, 0, List.of(w.unit(0))).then().statusCode(409).body("code", equalTo("VOTE_NOT_OPEN"));
        Votes.step(w, vote, "OPEN", "OPEN");
        castAll(w, vote, 2, List.of(0, 0, 0, 1, 1, 1), abc);
        Votes.step(w, vote, "CLOSED", "CLOSED");
        Votes.step(w, vote, "TALLIED", "NO_RESULT");
        Votes.move(w, vote, "DRAFT").then().statusCode(200).body("rounds[2].kind", equalTo("REVOTE"));
        Votes.step(w, vote, "OPEN", "OPEN");
        castAll(w, vote, 3, List.of(1, 1, 1, 0, 0, 0), abc);
        Votes.step(w, vote, "CLOSED", "CLOSED");
        Votes.step(w, vote, "TALLIED", "NO_RESULT");
        Votes.move(w, vote, "DRAFT").then().statusCode(409).body("code", equalTo("VOTE_NO_ROUND_LEFT"));
        JsonPath lot = Votes.move(w, vote, "TALLIED").then().statusCode(200).body("status", equalTo("TALLIED"))
                .body("rounds[2].lotSeed", notNullValue()).extract().jsonPath();
        long seed = lot.getLong("rounds[2].lotSeed");
        List<Integer> byLot = lot.getList("rounds[2].candidates.findAll { it.byLot }.unit.id");
        assertEquals(1, byLot.size());
        // the draw is reproducible from the stored seed
        VoteTally.Result revote = VoteTally.elect(Map.of(w.unit(0), 3, w.unit(1), 3), 1,
                new VoteTally.Threshold(new BigDecimal("50"), false, ThresholdBase.VALID_BALLOTS), 6, false);
        assertEquals(List.of((long) byLot.get(0)), VoteTally.lot(revote, seed).elected());
        Votes.step(w, vote, "CERTIFIED", "CERTIFIED");
        assertTrue(text(Votes.pdf(w.token(0), VOTE + "/counting-minutes.pdf?round=3", vote)).contains(String.valueOf(seed)));
    }

    private static void castAll(World w, long vote, int round, List<Integer> choiceOfUnit, List<Long> candidates) {
        for (int i = 0; i < choiceOfUnit.size(); i++) {
            Votes.castOk(w, vote, round, i, List.of(candidates.get(choiceOfUnit.get(i))));
        }
    }

    @Test
    @Order(7)
    void anOpenVoteRecordsTheNamesAndAUnanimousResultWarnsTheChairBeforePublishing() {
        World w = Votes.world(4, 4, null);
        long vote = Votes.create(w, Votes.body(w, "OTHER", "OPEN", List.of(w.unit(0), w.unit(1))));
        Votes.step(w, vote, "OPEN", "OPEN");
        for (int i = 0; i < 4; i++) {
            Votes.castOk(w, vote, 1, i, List.of(w.unit(1)));
        }
        Votes.step(w, vote, "CLOSED", "CLOSED");
        Votes.step(w, vote, "TALLIED", "TALLIED");
        w.as(0).get(VOTE, vote).then().body("rounds[0].disclosureWarnings", equalTo(List.of("UNANIMOUS", "IDENTICAL_BALLOTS")));
        Votes.publish(w, vote, null).then().statusCode(422).body("code", equalTo("VOTE_DISCLOSURE_NOT_ACKNOWLEDGED"));
        Votes.publish(w, vote, false).then().statusCode(422);
        Votes.publish(w, vote, true).then().statusCode(200);
        List<Integer> voters = w.as(2).get(VOTE, vote).then().statusCode(200).extract().jsonPath().getList("rounds[0].ballots.voter.id");
        assertEquals(w.units().stream().map(Long::intValue).sorted().toList(), voters.stream().sorted().toList());
    }

    @Test
    @Order(8)
    void paperBallotsAreCountedByTwoTellersAndADifferenceBlocksTheTally() {
        World w = Votes.world(4, 4, null);
        Map<String, Object> body = Votes.body(w, "OTHER", "PAPER", List.of(w.unit(0), w.unit(1)));
        body.put("tellers", List.of(Map.of("username", w.officers().get(2), "name", "Bà Kiểm Một"),
                Map.of("username", w.officers().get(3), "name", "Ông Kiểm Hai")));
        long vote = Votes.create(w, body);
        Votes.step(w, vote, "OPEN", "OPEN");
        Votes.cast(w, vote, 1, 1, List.of(w.unit(0))).then().statusCode(409).body("code", equalTo("VOTE_PAPER_ONLY"));
        count(w, vote, 2, 4, 3, 1).then().statusCode(409).body("code", equalTo("VOTE_NOT_COUNTING"));
        Votes.step(w, vote, "CLOSED", "CLOSED");
        count(w, vote, 1, 4, 3, 1).then().statusCode(403).body("code", equalTo("VOTE_TELLERS_ONLY"));
        count(w, vote, 2, 4, 3, 1).then().statusCode(200).body("rounds[0].paperCountsEntered", equalTo(List.of(1)));
        Votes.move(w, vote, "TALLIED").then().statusCode(409).body("code", equalTo("VOTE_PAPER_COUNT_MISSING"));
        count(w, vote, 3, 4, 2, 2).then().statusCode(200);
        Votes.move(w, vote, "TALLIED").then().statusCode(409).body("code", equalTo("VOTE_PAPER_COUNTS_DIFFER"))
                .body("detail", containsString(w.codes().get(0))).body("detail", containsString(w.codes().get(1)));
        count(w, vote, 3, 4, 3, 1).then().statusCode(200);
        Votes.move(w, vote, "TALLIED").then().statusCode(200).body("status", equalTo("TALLIED"))
                .body("rounds[0].candidates.votes", equalTo(List.of(3, 1))).body("rounds[0].ballotsInvalid", equalTo(0));
    }

    private static Response count(World w, long vote, int teller, int received, int first, int second) {
        return w.raw(teller).header("If-Match", Votes.etag(w, vote)).body(Map.of("round", 1, "ballotsIssued", 4, "ballotsReceived", received,
                "ballotsInvalid", 0, "votes", List.of(Map.of("unitId", w.unit(0), "votes", first), Map.of("unitId", w.unit(1), "votes", second))))
                .put(VOTE + "/paper-count", vote);
    }

    @Test
    @Order(9)
    void aDumpOfTheWholeDatabaseAfterASecretRoundLinksNoUnitToItsChoice() throws Exception {
        int n = 8;
        World w = Votes.world(n, n, null);
        long vote = Votes.create(w, Votes.body(w, "OTHER", "SECRET", w.units()));
        Votes.step(w, vote, "OPEN", "OPEN");
        // unit i votes for candidate i: in casting order, the choices are the candidates in ballot order
        List<String> castReceipts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            castReceipts.add(Votes.castOk(w, vote, 1, i, List.of(w.unit(i))));
        }
        Votes.step(w, vote, "CLOSED", "CLOSED");
        String dump = dump();
        long round = roundId(dump, vote);
        List<String[]> ballots = rows(dump, "vote_ballot").stream().filter(r -> Long.parseLong(r[1]) == round).toList();
        List<String[]> register = rows(dump, "vote_register").stream().filter(r -> Long.parseLong(r[1]) == round).toList();
        assertEquals(n, ballots.size());
        assertEquals(n, register.size());
        // a ballot row is (id, round, receipt, choices, voter): no unit, no time
        ballots.forEach(b -> assertEquals("NULL", b[4], "a secret ballot names no unit"));
        List<Long> dumpedChoices = ballots.stream().map(b -> Long.parseLong(b[3].replace("'", ""))).toList();
        assertNotEquals(w.units(), dumpedChoices, "the dump's order of ballots is not the casting order");
        List<Long> registerOrder = register.stream().map(r -> Long.parseLong(r[2])).toList();
        assertNotEquals(registerOrder, dumpedChoices, "nor the register's order");
        Set<String> ballotIds = ballots.stream().map(b -> b[0]).collect(Collectors.toSet());
        register.forEach(r -> assertFalse(ballotIds.contains(r[0]), "no shared key"));
        // each receipt appears once in the whole database: in the ballot box, nowhere tied to a unit
        for (String receipt : castReceipts) {
            assertEquals(1, count(dump, receipt), receipt);
        }
        // the audit says that a unit voted, never for whom
        String audit = rows(dump, AUDIT_TABLE).stream().map(r -> String.join(",", r)).filter(r -> r.contains("the unit voted"))
                .collect(Collectors.joining("\n"));
        assertTrue(audit.contains("unit"), audit);
        assertFalse(audit.contains("choices") || castReceipts.stream().anyMatch(audit::contains), audit);
        // the tables carry no time (the round's own times are the finest)
        assertFalse(createTable(dump, "vote_ballot").toLowerCase().contains("timestamp"));
        assertFalse(createTable(dump, "vote_register").toLowerCase().contains("timestamp"));
        assertFalse(createTable(dump, "vote_ballot").contains("AUTO_INCREMENT"));
        assertFalse(createTable(dump, "vote_register").contains("AUTO_INCREMENT"));
        // no column of the ballot box, sorted either way, brings the ballots back in casting order
        List<String> ballotColumns = columns(dump, "vote_ballot");
        for (int c = 0; c < ballotColumns.size(); c++) {
            if (ballotColumns.get(c).equals("choices")) {
                continue; // what is hidden: unit i chose candidate i
            }
            int column = c;
            Comparator<String[]> by = Comparator.comparing(b -> b[column], VoteApiTest::compareValues);
            for (Comparator<String[]> order : List.of(by, by.reversed())) {
                List<Long> sorted = ballots.stream().sorted(order).map(b -> Long.parseLong(b[3].replace("'", ""))).toList();
                assertNotEquals(w.units(), sorted, "sorted by vote_ballot." + ballotColumns.get(c) + ", the ballots come in casting order");
            }
        }
        // and nothing else is stored: a column added to either table (a fine time, a sequence) could pair a ballot with its voter
        assertEquals(List.of("id", "round_id", "receipt", "choices", "voter_unit_id"), columns(dump, "vote_ballot"),
                "vote_ballot keeps only what ADR 0017 lists; a new column needs a secrecy review");
        // substitute_for (V21): whom the delegate who cast replaced; reviewed: a name from the attendance, nothing of the ballot
        assertEquals(List.of("id", "round_id", "unit_id", "cast_by", "cast_by_name", "delegate_name", "delegate_title", "substitute_for"),
                columns(dump, "vote_register"), "vote_register keeps only what ADR 0017 lists; a new column needs a secrecy review");
    }

    /** The column names of a dumped CREATE TABLE, in order. */
    private static List<String> columns(String dump, String table) {
        return createTable(dump, table).lines().map(String::trim).filter(l -> l.startsWith("`"))
                .map(l -> l.substring(1, l.indexOf('`', 1))).toList();
    }

    /** Dumped values compared as numbers when both are, else as text (quoted dates sort as text). */
    private static int compareValues(String a, String b) {
        if (a.matches("-?\\d+") && b.matches("-?\\d+")) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    }

    private static String dump() throws Exception {
        String url = System.getenv().getOrDefault("TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/thidua_test");
        Matcher m = Pattern.compile("jdbc:mariadb://([^:/]+)(?::(\\d+))?/([^?]+)").matcher(url);
        assertTrue(m.find(), url);
        Process p = new ProcessBuilder("mariadb-dump", "--single-transaction", "--no-tablespaces", "--skip-extended-insert",
                "-h", m.group(1), "-P", m.group(2) == null ? "3306" : m.group(2),
                "-u", System.getenv().getOrDefault("DB_USER", "thidua"), "-p" + System.getenv().getOrDefault("DB_PASSWORD", "thidua"),
                m.group(3)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertEquals(0, p.waitFor(), "mariadb-dump failed");
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The rows of one table in dump order (one INSERT per row), split on top-level commas. */
    private static List<String[]> rows(String dump, String table) {
        List<String[]> rows = new ArrayList<>();
        String prefix = "INSERT INTO `" + table + "` VALUES (";
        for (String line : dump.split("\n")) {
            if (line.startsWith(prefix)) {
                rows.add(split(line.substring(prefix.length(), line.length() - 2)));
            }
        }
        return rows;
    }

    private static String[] split(String values) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < values.length(); i++) {
            char c = values.charAt(i);
            if (c == '\\' && quoted) {
                cur.append(c).append(values.charAt(++i));
                continue;
            }
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out.toArray(String[]::new);
    }

    private static long roundId(String dump, long vote) {
        return rows(dump, "vote_round").stream().filter(r -> Long.parseLong(r[1]) == vote).mapToLong(r -> Long.parseLong(r[0]))
                .findFirst().orElseThrow();
    }

    private static String createTable(String dump, String table) {
        int from = dump.indexOf("CREATE TABLE `" + table + "`");
        return dump.substring(from, dump.indexOf(";", from));
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    @Order(10)
    void fifteenUnitsCastingInTheSameSecondAreEachCountedOnceAndARetryWithTheSameKeyIsAnsweredAsTheFirst() throws Exception {
        int n = 15;
        World w = Votes.world(n, n, null);
        long vote = Votes.create(w, Votes.body(w, "OTHER", "SECRET", List.of(w.unit(0), w.unit(1))));
        Votes.step(w, vote, "OPEN", "OPEN");
        List<String> tokens = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tokens.add(w.token(i));
            keys.add(java.util.UUID.randomUUID().toString());
        }
        List<String> receiptsOf = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Response> first = burst(pool, n, i -> Api.raw(Actor.ANONYMOUS).header("Authorization", "Bearer " + tokens.get(i))
                    .header("Idempotency-Key", keys.get(i)).body(Map.of("round", 1, "choices", List.of(w.unit(i % 2))))
                    .post(VOTE + "/ballots", vote));
            first.forEach(r -> assertEquals(200, r.statusCode(), r.asString()));
            first.forEach(r -> receiptsOf.add(r.jsonPath().getString("receipt")));
            List<Response> retried = burst(pool, n, i -> Api.raw(Actor.ANONYMOUS).header("Authorization", "Bearer " + tokens.get(i))
                    .header("Idempotency-Key", keys.get(i)).body(Map.of("round", 1, "choices", List.of(w.unit(i % 2))))
                    .post(VOTE + "/ballots", vote));
            for (int i = 0; i < n; i++) {
                assertEquals(200, retried.get(i).statusCode());
                assertEquals("true", retried.get(i).header("Idempotent-Replayed"));
                assertEquals(first.get(i).jsonPath().getString("receipt"), retried.get(i).jsonPath().getString("receipt"));
            }
            List<Response> again = burst(pool, n, i -> Api.raw(Actor.ANONYMOUS).header("Authorization", "Bearer " + tokens.get(i))
                    .body(Map.of("round", 1, "choices", List.of(w.unit(1)))).post(VOTE + "/ballots", vote));
            again.forEach(r -> {
                assertEquals(409, r.statusCode());
                assertEquals("VOTE_ALREADY_CAST", r.jsonPath().getString("code"));
            });
        } finally {
            pool.shutdown();
        }
        Api.as(Actor.ADMIN).get(VOTE, vote).then().body("voted", hasSize(n));
        // the stored first answers are sealed with the client's key: no receipt is readable beside its caller
        String dump = dump();
        for (String receipt : receiptsOf) {
            assertEquals(1, count(dump, receipt), "the receipt is in the ballot box only: " + receipt);
        }
        Votes.step(w, vote, "CLOSED", "CLOSED");
        Votes.move(w, vote, "TALLIED").then().statusCode(200).body("rounds[0].ballotsReceived", equalTo(n))
                .body("rounds[0].candidates.votes", equalTo(List.of(8, 7)));
    }

    private static List<Response> burst(ExecutorService pool, int n, java.util.function.IntFunction<Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int unit = i;
            futures.add(pool.submit(() -> {
                start.await();
                return request.apply(unit);
            }));
        }
        start.countDown();
        List<Response> out = new ArrayList<>();
        for (Future<Response> f : futures) {
            out.add(f.get());
        }
        return out;
    }

    @Test
    @Order(12)
    void aSubstituteDelegateActsForTheUnitsAbsentDelegateAndTheRegisterNamesBoth() {
        World w = Votes.world(3, 3, null);
        String attendance = "/api/v1/conferences/{id}/attendance";
        Map<String, Object> registered = Map.of("unitId", w.unit(0), "delegateName", "Ông Trần Văn Dự", "mayVote", true);
        Map<String, Object> substitute = Map.of("unitId", w.unit(1), "delegateName", "Bà Lê Thị Thay", "delegateTitle", "Phó Giám đốc",
                "mayVote", true, "substituteFor", "Ông Nguyễn Văn Vắng");
        Map<String, Object> third = Map.of("unitId", w.unit(2), "delegateName", "Ông Phạm Văn Ba", "mayVote", true);
        // only the voting delegate acts for an absent one
        Map<String, Object> notVoting = Map.of("unitId", w.unit(2), "delegateName", "Bà Đỗ Thị Dự Thính", "mayVote", false,
                "substituteFor", "Ông Nguyễn Văn Vắng");
        Api.raw(Actor.ADMIN).header("If-Match", vn.thidua.support.Conferences.etag(Actor.ADMIN, w.conference()))
                .body(Map.of("attendees", List.of(registered, substitute, third, notVoting))).put(attendance, w.conference()).then()
                .statusCode(422).body("code", equalTo("CONFERENCE_SUBSTITUTE_NOT_VOTING"))
                .body("detail", containsString("Chỉ đại biểu được biểu quyết mới thay mặt"));
        Api.raw(Actor.ADMIN).header("If-Match", vn.thidua.support.Conferences.etag(Actor.ADMIN, w.conference()))
                .body(Map.of("attendees", List.of(registered, substitute, third))).put(attendance, w.conference()).then()
                .statusCode(200).body("votingUnits", equalTo(3))
                .body("attendees.substituteFor", equalTo(java.util.Arrays.asList(null, "Ông Nguyễn Văn Vắng", null)));
        long vote = Votes.create(w, Votes.body(w, "OTHER", "SECRET", w.units()));
        Votes.step(w, vote, "OPEN", "OPEN");
        Votes.castOk(w, vote, 1, 0, List.of(w.unit(0)));
        Votes.castOk(w, vote, 1, 1, List.of(w.unit(1)));
        JsonPath console = w.as(0).get(VOTE, vote).then().statusCode(200).extract().jsonPath();
        Map<String, Object> acted = console.getMap("voted.find { it.unit.id == " + w.unit(1) + " }");
        assertEquals("Bà Lê Thị Thay", acted.get("delegateName"));
        assertEquals("Ông Nguyễn Văn Vắng", acted.get("substituteFor"));
        Map<String, Object> own = console.getMap("voted.find { it.unit.id == " + w.unit(0) + " }");
        assertEquals("Ông Trần Văn Dự", own.get("delegateName"));
        org.junit.jupiter.api.Assertions.assertNull(own.get("substituteFor"));
        assertEquals(2, console.getList("voted").size());
        // a member reads whether its unit voted, never the register
        w.as(2).get(VOTE, vote).then().body("voted", nullValue()).body("ownUnitVoted", equalTo(false));
    }

    @Test
    @Order(11)
    void twoSuccessiveBallotsElectTheLeaderThenTheDeputyAndEligibilityIsAskedBeforeOpening() {
        World w = Votes.world(4, 4, Map.of("leaderBallots", "TWO_BALLOTS", "outgoingLeaderReeligible", false));
        Map<String, Object> both = Votes.body(w, "LEADER_ELECTION", "SECRET", List.of(w.unit(2), w.unit(3)));
        w.raw(0).body(both).post("/api/v1/terms/{id}/votes", w.term()).then().statusCode(422).body("code", equalTo("VOTE_LEADER_BALLOTS_RULE"));
        Map<String, Object> deputy = new LinkedHashMap<>(both);
        deputy.put("leadershipSeats", "DEPUTY");
        long deputyVote = Votes.create(w, deputy);
        Votes.move(w, deputyVote, "OPEN").then().statusCode(409).body("code", equalTo("VOTE_LEADER_FIRST"));
        Map<String, Object> leader = new LinkedHashMap<>(both);
        leader.put("leadershipSeats", "LEADER");
        leader.put("candidateUnitIds", List.of(w.unit(0), w.unit(2), w.unit(3)));
        long leaderVote = Votes.create(w, leader);
        TestEligibility.REFUSED.add(w.unit(3));
        try {
            Votes.move(w, leaderVote, "OPEN").then().statusCode(422).body("code", equalTo("VOTE_CANDIDATE_INELIGIBLE"))
                    .body("detail", containsString(w.codes().get(0))).body("detail", containsString(w.codes().get(3)))
                    .body("detail", containsString("thanh tra"));
        } finally {
            TestEligibility.REFUSED.remove(w.unit(3));
        }
        leader.put("candidateUnitIds", List.of(w.unit(2), w.unit(3)));
        w.as(0).header("If-Match", Votes.etag(w, leaderVote)).body(leader).put(VOTE, leaderVote).then().statusCode(200);
        Votes.step(w, leaderVote, "OPEN", "OPEN");
        for (int i = 0; i < 4; i++) {
            Votes.castOk(w, leaderVote, 1, i, List.of(w.unit(i == 3 ? 3 : 2)));
        }
        Votes.step(w, leaderVote, "CLOSED", "CLOSED");
        Votes.step(w, leaderVote, "TALLIED", "TALLIED");
        Votes.step(w, leaderVote, "CERTIFIED", "CERTIFIED");
        VoteCertified event = TestEligibility.CERTIFIED.stream().filter(e -> e.subject().voteId() == leaderVote).findFirst().orElseThrow();
        assertEquals(List.of(w.unit(2)), event.elected());
        assertEquals(LeadershipSeats.LEADER, event.subject().seats());
        Votes.move(w, deputyVote, "OPEN").then().statusCode(422).body("code", equalTo("VOTE_CANDIDATE_INELIGIBLE"))
                .body("detail", containsString("Trưởng khối"));
        deputy.put("candidateUnitIds", List.of(w.unit(1), w.unit(3)));
        w.as(0).header("If-Match", Votes.etag(w, deputyVote)).body(deputy).put(VOTE, deputyVote).then().statusCode(200);
        Votes.step(w, deputyVote, "OPEN", "OPEN");
    }
}
