package vn.thidua.sheet;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
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
import vn.thidua.support.Schemes;
import vn.thidua.support.SeedCases;
import vn.thidua.support.Sheets;

/**
 * Consolidation by the median and by the trimmed mean, through HTTP: a fresh bloc of fresh Bắc Kạn units in 2025
 * (fresh units, so the year takes no other fixture's slot), every sheet reviewed by every other member (three
 * reviewers for the median, five for the trimmed mean, which needs five to differ from the median), the Board
 * acting for the units; each sheet's final points and total as computed by hand from the reviewers' scores.
 */
@QuarkusTest
class ConsolidationApiTest {

    private static final String ROUND = "/api/v1/scoring-rounds/{id}";

    @Test
    void theMedianOfThreeReviewersIsEachCriterionsFinalPoints() {
        // values per reviewer: 1.1, 1.2 (%), 1.3 (times), 2.1, bonus, penalty, disqualifier
        List<Object[]> reviews = List.of(Sheets.values(20, 50, 1, 40, 0, 2, 0), Sheets.values(29, 100, 5, 30, 5, 0, 0),
                Sheets.values(26, 95, 3, 31, 1, 0, 0));
        List<JsonPath> sheets = consolidated("MEDIAN", 4, reviews);
        for (JsonPath s : sheets) {
            // 1.1 {20, 26, 29} → 26 (mean 25); 1.2 {10, 19, 20} → 19 (mean 16.33); 1.3 {2, 6, 10} → 6; 2.1 {30, 31, 40} → 31
            // (mean 33.67); bonus {0, 1, 5} → 1 (mean 2); penalty {0, 0, 2} → 0 (mean 0.67): 26 + 19 + 6 + 31 + 1 − 0 = 83
            assertEquals(List.of(26.0f, 19.0f, 6.0f), s.getList("groups[0].criteria.finalPoints"));
            assertEquals(31.0f, s.getFloat("groups[1].criteria[0].finalPoints"));
            assertEquals(List.of(1.0f, 0.0f, 0.0f), s.getList("groups[2].criteria.finalPoints"));
            assertEquals(83.0f, s.getFloat("finalTotals.total"));
            assertEquals(false, s.getBoolean("finalTotals.disqualified"));
        }
    }

    @Test
    void theTrimmedMeanOfFiveReviewersDropsTheHighestAndTheLowest() {
        List<Object[]> reviews = List.of(Sheets.values(30, 100, 0, 40, 0, 0, 0), Sheets.values(20, 50, 5, 10, 0, 3, 0),
                Sheets.values(25, 80, 2, 35, 0, 1, 0), Sheets.values(26, 85, 3, 36, 0, 0.5, 0), Sheets.values(24.25, 90, 4, 38, 0, 0, 0));
        List<JsonPath> sheets = consolidated("TRIMMED_MEAN", 6, reviews);
        for (JsonPath s : sheets) {
            // 1.1 {20, 24.25, 25, 26, 30} → (24.25 + 25 + 26) / 3 = 25.083 → 25.08 (median 25, mean 25.05);
            // 1.2 {10, 16, 17, 18, 20} → 17 (mean 16.2); 1.3 {0, 4, 6, 8, 10} → 6; 2.1 {10, 35, 36, 38, 40} → 109 / 3 = 36.33
            // (median 36, mean 31.8); penalty {0, 0, 0.5, 1, 3} → 0.5 (mean 0.9): 25.08 + 17 + 6 + 36.33 − 0.5 = 83.91
            assertEquals(List.of(25.08f, 17.0f, 6.0f), s.getList("groups[0].criteria.finalPoints"));
            assertEquals(36.33f, s.getFloat("groups[1].criteria[0].finalPoints"));
            assertEquals(List.of(0.0f, 0.5f, 0.0f), s.getList("groups[2].criteria.finalPoints"));
            assertEquals(83.91f, s.getFloat("finalTotals.total"));
        }
    }

    /**
     * A round of {@code members} fresh units under {@code aggregation}, every sheet self-scored alike and reviewed by
     * all the other members, reviewer k (in the sheet's order) giving {@code reviews.get(k)}; consolidated by the Board.
     * Returns every sheet as the Board reads it.
     */
    private static List<JsonPath> consolidated(String aggregation, int members, List<Object[]> reviews) {
        SeedCases.ensureLoaded();
        long province = Fixtures.provinceId("06");
        long term = Fixtures.term(Fixtures.bloc().inProvince(province).create(), 2025).create();
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            units.add(Fixtures.unit().inProvince(province).create());
            Fixtures.member(term, units.get(i), i == 0 ? "LEADER" : i == 1 ? "DEPUTY" : "MEMBER");
        }
        long scheme = Schemes.create(Actor.ADMIN, term, Schemes.body());
        long held = Conferences.held(Actor.ADMIN, term, "2025-03-20", List.of(units.get(0)));
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/schemes/{id}", scheme))
                .body(Map.of("status", "ADOPTED", "conferenceId", held)).post("/api/v1/schemes/{id}/status", scheme).then().statusCode(200);
        long round = Api.as(Actor.ADMIN).body(Map.of("selfDeadline", "2025-12-15", "aggregation", aggregation, "deviationThreshold", 100))
                .post("/api/v1/terms/{id}/scoring", term).then().statusCode(201).body("aggregation", equalTo(aggregation))
                .extract().jsonPath().getLong("id");
        List<Long> sheets = Sheets.round(round).getList("sheets.id", Long.class);
        assertEquals(members, sheets.size());
        Map<String, Long> c = Sheets.criteria(sheets.get(0));
        sheets.forEach(s -> Sheets.fillAndSubmit(s, c, Sheets.values(25, 90, 4, 35, 1, 0.5, 0)));
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag(ROUND, round)).body(Map.of("mode", "ROUND_ROBIN", "reviewersPerSheet", members - 1))
                .put(ROUND + "/reviewers", round).then().statusCode(200).body("sheets.collect { it.reviewers.size() }", everyItem(equalTo(members - 1)));
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag(ROUND, round)).body(Map.of("status", "REVIEWING"))
                .post(ROUND + "/status", round).then().statusCode(200);
        for (long sheet : sheets) {
            List<Long> reviewIds = Api.as(Actor.ADMIN).get("/api/v1/sheets/{id}", sheet).then().statusCode(200)
                    .body("reviewers", hasSize(reviews.size())).extract().jsonPath().getList("reviewers.reviewId", Long.class);
            for (int k = 0; k < reviewIds.size(); k++) {
                Sheets.review(sheet, reviewIds.get(k), c, reviews.get(k));
            }
        }
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag(ROUND, round)).body(Map.of("status", "REVIEW_CLOSED"))
                .post(ROUND + "/status", round).then().statusCode(200);
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag(ROUND, round)).post(ROUND + "/consolidation", round).then().statusCode(200)
                .body("sheets.status", everyItem(equalTo("CONSOLIDATED")));
        return sheets.stream().map(s -> Api.as(Actor.ADMIN).get("/api/v1/sheets/{id}", s).then().statusCode(200).extract().jsonPath()).toList();
    }
}
