package vn.thidua.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Votes in the steps tests need: a fresh bloc of fresh Bắc Kạn units (so any number of members, in any
 * year, without taking the officers' slots), each with its own officer (made through the Keycloak admin
 * API), the first unit LEADER, the second DEPUTY; a HELD conference attended by the first {@code present}.
 */
public final class Votes {

    private Votes() {
    }

    /** A bloc's year ready to vote: the term, its held conference, its units (ids, codes) and their officers' usernames. */
    public record World(long term, long conference, List<Long> units, List<String> codes, List<String> officers) {

        public long unit(int i) {
            return units.get(i);
        }

        /** A fresh token of unit {@code i}'s officer (unit 0's officer chairs: it is the leader unit's). */
        public String token(int i) {
            return Keycloak.token(officers.get(i));
        }

        public RequestSpecification as(int i) {
            return Api.withToken(token(i));
        }

        public RequestSpecification raw(int i) {
            return Api.raw(Actor.ANONYMOUS).header("Authorization", "Bearer " + token(i));
        }
    }

    /** A world of {@code size} member units, the first {@code present} attending with a vote, under these term rules. */
    public static World world(int size, int present, Map<String, Object> rules) {
        SeedCases.ensureLoaded();
        long province = Fixtures.provinceId("06");
        long bloc = Fixtures.bloc().inProvince(province).create();
        Fixtures.TermBuilder builder = Fixtures.term(bloc, 2025);
        if (rules != null) {
            builder.rules(rules);
        }
        long term = builder.create();
        List<Long> units = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<String> officers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            var unit = Fixtures.unit().inProvince(province).createJson();
            units.add(unit.getLong("id"));
            codes.add(unit.getString("code"));
            Fixtures.member(term, unit.getLong("id"), i == 0 ? "LEADER" : i == 1 ? "DEPUTY" : "MEMBER");
            String username = "vote." + unit.getString("code").toLowerCase(Locale.ROOT);
            Keycloak.officerToken(username, unit.getString("code"), "06");
            officers.add(username);
        }
        long conference = Fixtures.conference(Actor.ADMIN, term, "2025-12-10");
        Conferences.attend(Actor.ADMIN, conference, units.subList(0, present));
        Conferences.move(Actor.ADMIN, conference, "HELD");
        return new World(term, conference, List.copyOf(units), List.copyOf(codes), List.copyOf(officers));
    }

    public static Map<String, Object> body(World w, String kind, String method, List<Long> candidates) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Bỏ phiếu thử nghiệm " + Fixtures.unique());
        body.put("conferenceId", w.conference());
        body.put("kind", kind);
        if (kind.equals("LEADER_ELECTION")) {
            body.put("leadershipSeats", "LEADER_AND_DEPUTY");
        }
        body.put("method", method);
        body.put("candidateUnitIds", candidates);
        return body;
    }

    /** A DRAFT vote made by the chair (unit 0's officer). */
    public static long create(World w, Map<String, Object> body) {
        return w.as(0).body(body).post("/api/v1/terms/{id}/votes", w.term()).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String etag(World w, long vote) {
        return w.as(0).get("/api/v1/votes/{id}", vote).then().statusCode(200).extract().header("ETag");
    }

    /** Moves the vote as the chair; returns the response (status not checked). */
    public static Response move(World w, long vote, String status) {
        return w.raw(0).header("If-Match", etag(w, vote)).body(Map.of("status", status)).post("/api/v1/votes/{id}/status", vote);
    }

    public static void step(World w, long vote, String status, String expected) {
        move(w, vote, status).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo(expected));
    }

    /** Unit {@code i} casts; returns the response. */
    public static Response cast(World w, long vote, int round, int i, List<Long> choices) {
        return w.raw(i).body(Map.of("round", round, "choices", choices)).post("/api/v1/votes/{id}/ballots", vote);
    }

    public static String castOk(World w, long vote, int round, int i, List<Long> choices) {
        return cast(w, vote, round, i, choices).then().statusCode(200).extract().jsonPath().getString("receipt");
    }

    public static Response publish(World w, long vote, Boolean acknowledge) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (acknowledge != null) {
            body.put("acknowledgeDisclosure", acknowledge);
        }
        return w.raw(0).header("If-Match", etag(w, vote)).body(body).post("/api/v1/votes/{id}/publication", vote);
    }

    /** Sets the term's rules (as the Board). */
    public static void rules(World w, Map<String, Object> rules) {
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/terms/{id}", w.term())).body(Map.of("rules", rules))
                .put("/api/v1/terms/{id}", w.term()).then().statusCode(200);
    }

    public static byte[] pdf(String token, String path, Object... params) {
        return given().header("Authorization", "Bearer " + token).accept("application/pdf").get(path, params).then().statusCode(200)
                .extract().asByteArray();
    }

    // ── the officers' term, for the authorisation matrix: bk.sxd LEADER, bk.bqlda DEPUTY, bk.sct MEMBER ────

    private static Long officersTerm;
    private static Long officersConference;
    private static Long openVote;
    private static Long countingVote;
    private static Long publishedVote;

    private static synchronized long officersTerm() {
        if (officersTerm == null) {
            officersTerm = YearFixtures.officersTerm();
            List<Long> members = new ArrayList<>(List.of(SeedCases.unitId("BKN.SXD"), SeedCases.unitId("BKN.BQLDA.NN"),
                    SeedCases.unitId("BKN.SCT")));
            YearFixtures.OTHER_MEMBERS.forEach(code -> members.add(SeedCases.unitId(code)));
            officersConference = Conferences.held(Actor.ADMIN, officersTerm, YearFixtures.yearOf(officersTerm) + "-12-10", members);
        }
        return officersTerm;
    }

    /** A vote's body in the officers' term: one seat, Sở Xây dựng and Sở Công Thương standing. */
    public static Map<String, Object> officersBody(String method) {
        long term = officersTerm();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Biểu quyết thử nghiệm " + Fixtures.unique());
        body.put("conferenceId", officersConference);
        body.put("kind", "OTHER");
        body.put("method", method);
        body.put("candidateUnitIds", List.of(SeedCases.unitId("BKN.SXD"), SeedCases.unitId("BKN.SCT")));
        if (method.equals("PAPER")) {
            body.put("tellers", List.of(Map.of("username", Actor.LEADER_OFFICER.username(), "name", "Bà Kiểm Một"),
                    Map.of("username", Actor.DEPUTY_OFFICER.username(), "name", "Ông Kiểm Hai")));
        }
        return body;
    }

    public static long officersTermId() {
        return officersTerm();
    }

    /** A fresh DRAFT vote of the officers' term, by the Board. */
    public static long officersDraft() {
        return Api.as(Actor.ADMIN).body(officersBody("SECRET")).post("/api/v1/terms/{id}/votes", officersTerm()).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static void boardMove(long vote, String status) {
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/votes/{id}", vote)).body(Map.of("status", status))
                .post("/api/v1/votes/{id}/status", vote).then().statusCode(200);
    }

    /** A fresh vote of the officers' term tallied without a ballot (NO_RESULT), ready to publish. */
    public static long officersTallied() {
        long vote = officersDraft();
        boardMove(vote, "OPEN");
        boardMove(vote, "CLOSED");
        boardMove(vote, "TALLIED");
        return vote;
    }

    /** An OPEN vote of the officers' term (each officer may cast once). */
    public static synchronized long officersOpen() {
        if (openVote == null) {
            openVote = officersDraft();
            boardMove(openVote, "OPEN");
        }
        return openVote;
    }

    /** A CLOSED PAPER vote of the officers' term whose tellers are the leader's and the deputy's officers. */
    public static synchronized long officersCounting() {
        if (countingVote == null) {
            countingVote = Api.as(Actor.ADMIN).body(officersBody("PAPER")).post("/api/v1/terms/{id}/votes", officersTerm()).then()
                    .statusCode(201).extract().jsonPath().getLong("id");
            boardMove(countingVote, "OPEN");
            boardMove(countingVote, "CLOSED");
        }
        return countingVote;
    }

    public static Map<String, Object> paperCount() {
        return Map.of("round", 1, "ballotsIssued", 6, "ballotsReceived", 6, "ballotsInvalid", 0, "votes",
                List.of(Map.of("unitId", SeedCases.unitId("BKN.SXD"), "votes", 4), Map.of("unitId", SeedCases.unitId("BKN.SCT"), "votes", 2)));
    }

    /** A CERTIFIED, published vote of the officers' term: the three officers cast, Sở Xây dựng elected. */
    public static synchronized long officersPublished() {
        if (publishedVote == null) {
            long vote = officersDraft();
            boardMove(vote, "OPEN");
            for (Actor a : List.of(Actor.LEADER_OFFICER, Actor.DEPUTY_OFFICER, Actor.MEMBER_OFFICER)) {
                Api.as(a).body(Map.of("round", 1, "choices", List.of(SeedCases.unitId("BKN.SXD")))).post("/api/v1/votes/{id}/ballots", vote)
                        .then().statusCode(200);
            }
            boardMove(vote, "CLOSED");
            boardMove(vote, "TALLIED");
            boardMove(vote, "CERTIFIED");
            Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/votes/{id}", vote)).body(Map.of("acknowledgeDisclosure", true))
                    .post("/api/v1/votes/{id}/publication", vote).then().statusCode(200);
            publishedVote = vote;
        }
        return publishedVote;
    }
}
