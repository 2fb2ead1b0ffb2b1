package vn.thidua.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Conferences;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Leaderships;
import vn.thidua.support.Schemes;
import vn.thidua.support.Sheets;
import vn.thidua.support.SeedCases;
import vn.thidua.support.YearFixtures;

/**
 * Lists ask the database the same number of times for 2 rows as for 20: no lazy loading per row.
 * Counts the JDBC statements Hibernate prepares during one request (statistics are on in tests).
 */
@QuarkusTest
class StatementCountTest {

    private static final int FEW = 2;
    private static final int MANY = 20;
    private static final int BLOC = 15;

    @Inject
    SessionFactory sessions;

    @Test
    void membershipsWithTheirUnitsAndNames() {
        assertFlat("GET /terms/{id}/memberships", rows -> {
            long term = Fixtures.term(Fixtures.bloc().create(), 2024).create();
            for (int i = 0; i < rows; i++) {
                Fixtures.member(term, renamedUnit(), i == 0 ? "LEADER" : i == 1 ? "DEPUTY" : "MEMBER");
            }
            return term;
        }, term -> Api.as(Actor.VIEWER).queryParam("size", 100).get("/api/v1/terms/{id}/memberships", term)
                .then().statusCode(200).extract().jsonPath().getList("items").size());
    }

    @Test
    void aConferenceWithAgendaItemsLinkedToCampaigns() {
        long term = SeedCases.termId("bk", 2023);
        assertFlat("GET /conferences/{id} (linked agenda)", rows -> {
            long conference = Fixtures.conference(Actor.ADMIN, term, "2023-11-20");
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                items.add(Map.of("title", "Sơ kết phong trào " + i, "linkKind", "CAMPAIGN", "linkedId", YearFixtures.draftCampaign()));
            }
            Api.as(Actor.ADMIN).header("If-Match", Conferences.etag(Actor.ADMIN, conference)).body(Map.of("items", items))
                    .put("/api/v1/conferences/{id}/agenda", conference).then().statusCode(200);
            return conference;
        }, conference -> Api.as(Actor.LEADER_OFFICER).get("/api/v1/conferences/{id}", conference).then().statusCode(200)
                .extract().jsonPath().getList("agenda.linkedTitle").size());
    }

    @Test
    void aSchemeWithItsGroupsAndCriteria() {
        assertFlat("GET /schemes/{id}", rows -> {
            List<Map<String, Object>> groups = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                groups.add(Map.of("code", "G" + i, "title", "Nhóm " + i, "maxPoints", 5, "criteria",
                        List.of(Map.of("code", "C" + i, "title", "Tiêu chí " + i, "kind", "QUALITATIVE", "maxPoints", 5))));
            }
            return Schemes.create(Actor.ADMIN, SeedCases.termId("bk", 2023),
                    Map.of("title", "Thang điểm " + rows + " nhóm", "totalPoints", rows * 5, "groups", groups));
        }, id -> Api.as(Actor.MEMBER_OFFICER).get("/api/v1/schemes/{id}", id).then().statusCode(200).extract().jsonPath()
                .getList("groups.criteria.flatten()").size());
    }

    @Test
    void aSheetWithItsCriteriaReviewsAndEvidenceCounts() {
        assertFlat("GET /sheets/{id}", rows -> {
            List<Long> units = List.of(Fixtures.unit().create(), Fixtures.unit().create(), Fixtures.unit().create());
            long term = Fixtures.term(Fixtures.bloc().create(), 2024).create();
            units.forEach(u -> Fixtures.member(term, u, u.equals(units.get(0)) ? "LEADER" : "MEMBER"));
            List<Map<String, Object>> criteria = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                criteria.add(Map.of("code", "C" + i, "title", "Tiêu chí " + i, "kind", "QUALITATIVE", "maxPoints", 5));
            }
            long scheme = Schemes.create(Actor.ADMIN, term, Map.of("title", "Thang điểm " + rows + " tiêu chí", "totalPoints", rows * 5,
                    "groups", List.of(Map.of("code", "I", "title", "Nhóm I", "maxPoints", rows * 5, "criteria", criteria))));
            long round = adoptAndOpenScoring(term, scheme, units);
            List<Long> sheets = Api.as(Actor.ADMIN).get("/api/v1/scoring-rounds/{id}", round).jsonPath().getList("sheets.id", Long.class);
            Map<String, Long> ids = Sheets.criteria(sheets.get(0));
            Object[] values = ids.keySet().stream().flatMap(code -> java.util.stream.Stream.of(code, 4)).toArray();
            for (long sheet : sheets) {
                Sheets.fillAndSubmit(sheet, ids, values);
            }
            Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/scoring-rounds/{id}", round))
                    .body(Map.of("mode", "ROUND_ROBIN", "reviewersPerSheet", 2)).put("/api/v1/scoring-rounds/{id}/reviewers", round)
                    .then().statusCode(200);
            Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/scoring-rounds/{id}", round)).body(Map.of("status", "REVIEWING"))
                    .post("/api/v1/scoring-rounds/{id}/status", round).then().statusCode(200);
            long sheet = sheets.get(0);
            for (Object review : Api.as(Actor.ADMIN).get("/api/v1/sheets/{id}", sheet).jsonPath().getList("reviewers.reviewId")) {
                Sheets.review(sheet, ((Number) review).longValue(), ids, values);
            }
            return sheet;
        }, sheet -> Api.as(Actor.ADMIN).get("/api/v1/sheets/{id}", sheet).then().statusCode(200).extract().jsonPath()
                .getList("groups[0].criteria").size()); // each criterion with its two reviews
    }

    @Test
    void aScoringRoundWithItsSheetsReviewersAndDeviations() {
        // a bloc of 15 (the bench's): beyond Hibernate's batch of 16 the unit names take a second statement
        assertFlat("GET /terms/{id}/scoring (deviations)", BLOC, rows -> {
            List<Long> units = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                units.add(Fixtures.unit().create());
            }
            long term = Fixtures.term(Fixtures.bloc().create(), 2024).create();
            units.forEach(u -> Fixtures.member(term, u, u.equals(units.get(0)) ? "LEADER" : "MEMBER"));
            long scheme = Schemes.create(Actor.ADMIN, term, Map.of("title", "Thang điểm", "totalPoints", 10, "groups", List.of(Map.of(
                    "code", "I", "title", "Nhóm I", "maxPoints", 10, "criteria", List.of(
                            Map.of("code", "C1", "title", "Tiêu chí 1", "kind", "QUALITATIVE", "maxPoints", 5),
                            Map.of("code", "C2", "title", "Tiêu chí 2", "kind", "QUALITATIVE", "maxPoints", 5))))));
            long round = adoptAndOpenScoring(term, scheme, units);
            List<Long> sheets = Api.as(Actor.ADMIN).get("/api/v1/scoring-rounds/{id}", round).jsonPath().getList("sheets.id", Long.class);
            Map<String, Long> ids = Sheets.criteria(sheets.get(0));
            for (long sheet : sheets) {
                Sheets.fillAndSubmit(sheet, ids, "C1", 5, "C2", 5);
            }
            Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/scoring-rounds/{id}", round))
                    .body(Map.of("mode", "ROUND_ROBIN", "reviewersPerSheet", 1)).put("/api/v1/scoring-rounds/{id}/reviewers", round)
                    .then().statusCode(200);
            Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/scoring-rounds/{id}", round)).body(Map.of("status", "REVIEWING"))
                    .post("/api/v1/scoring-rounds/{id}/status", round).then().statusCode(200);
            for (long sheet : sheets) { // every sheet deviates on C1
                long review = Api.as(Actor.ADMIN).get("/api/v1/sheets/{id}", sheet).jsonPath().getLong("reviewers[0].reviewId");
                Sheets.review(sheet, review, ids, "C1", 2, "C2", 5);
            }
            return term;
        }, term -> Api.as(Actor.ADMIN).get("/api/v1/terms/{id}/scoring", term).then().statusCode(200).extract().jsonPath()
                .getList("sheets.findAll { it.deviatingCriteria == 1 }").size());
    }

    @Test
    void successionsWithPredecessorsAndSuccessors() {
        IntFunction<Long> mergersInto = rows -> {
            long successor = Fixtures.unit().create();
            for (int i = 0; i < rows; i++) {
                Api.as(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01",
                        "decision", Fixtures.decision("759/QĐ-UBND", "2025-06-30"),
                        "predecessorIds", List.of(renamedUnit()), "successorIds", List.of(successor)))
                        .post("/api/v1/unit-successions").then().statusCode(201);
            }
            return successor;
        };
        Long few = mergersInto.apply(FEW);
        Long many = mergersInto.apply(MANY);
        assertSame("GET /unit-successions?unitId", few, many, unit -> Api.as(Actor.VIEWER).queryParam("unitId", unit)
                .queryParam("size", 100).get("/api/v1/unit-successions").then().statusCode(200).extract().jsonPath()
                .getList("items").size());
        assertSame("GET /units/{id} (successions)", few, many, unit -> Api.as(Actor.VIEWER)
                .get("/api/v1/units/{id}", unit).then().statusCode(200).extract().jsonPath().getList("successions").size());
    }

    @Test
    void lineageWithPredecessorsAndTheirTerms() {
        IntFunction<Long> mergersInto = rows -> {
            long successor = Fixtures.unit().create();
            for (int i = 0; i < rows; i++) {
                long predecessor = renamedUnit();
                Fixtures.member(Fixtures.term(Fixtures.bloc().create(), 2023).create(), predecessor, "MEMBER");
                Api.as(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01",
                        "decision", Fixtures.decision("759/QĐ-UBND", "2025-06-30"),
                        "predecessorIds", List.of(predecessor), "successorIds", List.of(successor)))
                        .post("/api/v1/unit-successions").then().statusCode(201);
            }
            return successor;
        };
        Long few = mergersInto.apply(FEW);
        Long many = mergersInto.apply(MANY);
        assertSame("GET /units/{id}/lineage", few, many, unit -> {
            var lineage = Api.as(Actor.VIEWER).get("/api/v1/units/{id}/lineage", unit).then().statusCode(200).extract()
                    .jsonPath();
            assertEquals(lineage.getList("predecessors").size(), lineage.getList("terms").size());
            return lineage.getList("predecessors").size();
        });
    }

    @Test
    void termsWithTheirBlocAndRoster() {
        int[] year = { 2150 };
        assertFlat("GET /terms?year", rows -> {
            int y = year[0]++;
            for (int i = 0; i < rows; i++) {
                long term = Fixtures.term(Fixtures.bloc().create(), y).create();
                Fixtures.member(term, renamedUnit(), "LEADER");
            }
            return y;
        }, y -> Api.as(Actor.VIEWER).queryParam("year", y).queryParam("size", 100).get("/api/v1/terms").then()
                .statusCode(200).extract().jsonPath().getList("items").size());
    }

    @Test
    void unitsWithTheirNames() {
        assertFlat("GET /units?q", rows -> {
            String prefix = "Sở Đếm " + Fixtures.unique();
            for (int i = 0; i < rows; i++) {
                Fixtures.unit().named(prefix + " " + i).create();
            }
            return prefix;
        }, prefix -> Api.as(Actor.VIEWER).queryParam("q", prefix).queryParam("size", 100).get("/api/v1/units").then()
                .statusCode(200).extract().jsonPath().getList("items").size());
    }

    @Test
    void registrationsWithUnitsTargetsAndTheMissing() {
        // half the members registered (with numeric targets), half missing: both lists grow with the rows
        assertFlat("GET /campaigns/{id}/registrations", rows -> {
            long term = Fixtures.term(Fixtures.bloc().create(), 2024).create();
            List<Long> units = new java.util.ArrayList<>();
            for (int i = 0; i < 2 * rows; i++) {
                long unit = renamedUnit();
                units.add(unit);
                Fixtures.member(term, unit, i == 0 ? "LEADER" : "MEMBER");
            }
            Map<String, Object> campaign = new java.util.LinkedHashMap<>(vn.thidua.support.YearFixtures.campaignBody(term));
            campaign.put("launchDecision", Fixtures.decision("5/KH-UBND", "2024-01-10"));
            long id = Api.as(Actor.ADMIN).body(campaign).post("/api/v1/campaigns").then().statusCode(201).extract()
                    .jsonPath().getLong("id");
            vn.thidua.support.YearFixtures.move("/api/v1/campaigns/{id}", id, Map.of("status", "LAUNCHED"));
            for (long unit : units.subList(0, rows)) {
                long r = Api.as(Actor.ADMIN).body(vn.thidua.support.YearFixtures.registrationBody(unit))
                        .post("/api/v1/campaigns/{id}/registrations", id).then().statusCode(201).extract().jsonPath().getLong("id");
                vn.thidua.support.YearFixtures.move("/api/v1/registrations/{id}", r, Map.of("status", "SUBMITTED"));
            }
            return id;
        }, id -> {
            var overview = Api.as(Actor.VIEWER).get("/api/v1/campaigns/{id}/registrations", id).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(overview.getList("items").size(), overview.getList("missing").size());
            return overview.getList("items").size();
        });
    }

    @Test
    void aVoteWithItsCandidatesAndRounds() {
        assertFlat("GET /votes/{id}", rows -> {
            long term = Fixtures.term(Fixtures.bloc().create(), 2024).create();
            List<Long> units = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                long unit = renamedUnit();
                units.add(unit);
                Fixtures.member(term, unit, i == 0 ? "LEADER" : "MEMBER");
            }
            long conference = Conferences.held(Actor.ADMIN, term, "2024-12-10", units);
            long vote = Api.as(Actor.ADMIN).body(Map.of("title", "Biểu quyết " + rows, "conferenceId", conference, "kind", "OTHER",
                    "method", "SECRET", "candidateUnitIds", units)).post("/api/v1/terms/{id}/votes", term).then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/votes/{id}", vote)).body(Map.of("status", "OPEN"))
                    .post("/api/v1/votes/{id}/status", vote).then().statusCode(200);
            return vote;
        }, vote -> Api.as(Actor.ADMIN).get("/api/v1/votes/{id}", vote).then().statusCode(200).extract().jsonPath()
                .getList("rounds[0].candidates").size());
    }

    /** Casting is one transaction of few statements, whatever the size of the bloc (the lead's casting benchmark builds on it). */
    @Test
    void castingABallotTakesAFewStatements() {
        vn.thidua.support.Votes.World w = vn.thidua.support.Votes.world(2, 2, null);
        long vote = vn.thidua.support.Votes.create(w, vn.thidua.support.Votes.body(w, "OTHER", "SECRET", w.units()));
        vn.thidua.support.Votes.step(w, vote, "OPEN", "OPEN");
        String token = w.token(1);
        long[] cast = statements(() -> Api.withToken(token).body(Map.of("round", 1, "choices", List.of(w.unit(0))))
                .post("/api/v1/votes/{id}/ballots", vote).then().statusCode(200));
        System.out.printf("SQL statements per request: %-32s %d%n", "POST /votes/{id}/ballots", cast[0]);
        assertEquals(true, cast[0] <= 8, "casting took " + cast[0] + " statements");
    }

    /** Makes a list of FEW and one of MANY rows, and compares the statements of reading each. */
    @Test
    void aRotationOrderWithItsUnitsAndNames() {
        assertFlat("GET /blocs/{id}/rotation-order", rows -> {
            long bloc = Fixtures.bloc().create();
            List<Long> units = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                units.add(renamedUnit());
            }
            String order = "/api/v1/blocs/" + bloc + "/rotation-order";
            Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag(order)).body(Map.of("unitIds", units)).put(order).then().statusCode(200);
            return bloc;
        }, bloc -> Api.as(Actor.VIEWER).get("/api/v1/blocs/{id}/rotation-order", bloc).then().statusCode(200).extract().jsonPath()
                .getList("units").size());
    }

    @Test
    void aBlocsPublishedLeadersByYear() {
        assertFlat("GET /public/blocs/{id}/leaders", rows -> {
            long bloc = Fixtures.bloc().create();
            for (int i = 0; i < rows; i++) {
                long unit = renamedUnit();
                int year = 2100 + 2 * i; // each confirmation makes the next year's term
                long result = Leaderships.designation(Actor.ADMIN, bloc, year, unit);
                Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/leadership-results/{id}", result)).body(Map.of())
                        .post("/api/v1/leadership-results/{id}/confirmation", result).then().statusCode(200);
            }
            return bloc;
        }, bloc -> Api.as(Actor.ANONYMOUS).get("/api/v1/public/blocs/{id}/leaders", bloc).then().statusCode(200).extract().jsonPath()
                .getList("years").size());
    }

    private <K> void assertFlat(String endpoint, IntFunction<K> make, Function<K, Integer> read) {
        assertFlat(endpoint, MANY, make, read);
    }

    private <K> void assertFlat(String endpoint, int many, IntFunction<K> make, Function<K, Integer> read) {
        assertSame(endpoint, make.apply(FEW), make.apply(many), many, read);
    }

    private <K> void assertSame(String endpoint, K few, K many, Function<K, Integer> read) {
        assertSame(endpoint, few, many, MANY, read);
    }

    private <K> void assertSame(String endpoint, K few, K many, int manyRows, Function<K, Integer> read) {
        // the least of three reads: the statistics are global, and DomainGauges' refresh (4 statements every 30 s)
        // may fall inside one measurement; a real N+1 shows in both
        long[] fewCount = fewest(fewest(statements(() -> assertEquals(FEW, read.apply(few))),
                statements(() -> assertEquals(FEW, read.apply(few)))), statements(() -> assertEquals(FEW, read.apply(few))));
        long[] manyCount = fewest(fewest(statements(() -> assertEquals(manyRows, read.apply(many))),
                statements(() -> assertEquals(manyRows, read.apply(many)))), statements(() -> assertEquals(manyRows, read.apply(many))));
        System.out.printf("SQL statements per request: %-32s %d for %d rows, %d for %d rows%n", endpoint, fewCount[0],
                FEW, manyCount[0], manyRows);
        assertEquals(fewCount[0], manyCount[0], endpoint + ": statements grow with the rows");
    }

    private static long[] fewest(long[] first, long[] second) {
        return first[0] <= second[0] ? first : second;
    }

    private long[] statements(Runnable request) {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        request.run();
        return new long[] { statistics.getPrepareStatementCount() };
    }

    /** A unit with two names, so that reading it by name needs its name history. */
    private static long renamedUnit() {
        long unit = Fixtures.unit().create();
        Api.as(Actor.ADMIN).body(Map.of("kind", "RENAME", "effectiveDate", "2024-01-01",
                "decision", Fixtures.decision("3/QĐ-UBND", "2023-12-20"), "predecessorIds", List.of(unit),
                "newName", "Sở Tên mới " + Fixtures.unique())).post("/api/v1/unit-successions").then().statusCode(201);
        return unit;
    }

    /** The scheme adopted at a held conference of the term's units, then the year's scoring opened (mean, threshold 1). */
    private static long adoptAndOpenScoring(long term, long scheme, List<Long> units) {
        long held = Conferences.held(Actor.ADMIN, term, "2024-03-20", units);
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/schemes/{id}", scheme))
                .body(Map.of("status", "ADOPTED", "conferenceId", held)).post("/api/v1/schemes/{id}/status", scheme).then().statusCode(200);
        return Api.as(Actor.ADMIN).body(Map.of("selfDeadline", "2024-12-15", "aggregation", "MEAN", "deviationThreshold", 1))
                .post("/api/v1/terms/{id}/scoring", term).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
