package vn.thidua.sheet;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.SeedCases;
import vn.thidua.support.Sheets;
import vn.thidua.support.Uploads;

/**
 * One scoring round through HTTP with real tokens, step by step on one fresh term (the officers' terms
 * are few): Sở Công Thương (bk.sct) is the scored unit, Sở TN&MT (bk.stnmt) and the leader Sở Xây dựng
 * (bk.sxd) review it, the Board acts for the members without officers. Each step checks who may do and
 * see what at that point.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScoringApiTest {

    private static final List<String> OTHERS = List.of("BKN.SXD", "BKN.BQLDA.NN", "BKN.VQGBB", "BKN.BQLKCN", "BKN.SNNPTNT",
            Sheets.SECOND_MEMBER);

    private static long term;
    private static long round;
    private static long sct;
    private static Map<String, Long> c;
    private static long stnmtReview;
    private static long leaderReview;

    @Test
    @Order(1)
    void theManagersOpenScoringAgainstTheAdoptedSchemeWithASheetForEveryMember() {
        long[] made = Sheets.termWithAdoptedScheme();
        term = made[0];
        Api.raw(Actor.MEMBER_OFFICER).body(Map.of("selfDeadline", "2016-12-15", "aggregation", "MEAN", "deviationThreshold", 2))
                .post("/api/v1/terms/{id}/scoring", term).then().statusCode(403).body("code", equalTo("TERM_MANAGERS_ONLY"));
        Api.raw(Actor.MEMBER_OFFICER).get("/api/v1/terms/{id}/scoring", term).then().statusCode(404).body("code", equalTo("SCORING_NOT_FOUND"));
        round = Sheets.open(term, "MEAN");
        Api.raw(Actor.DEPUTY_OFFICER).body(Map.of("selfDeadline", "2016-12-15", "aggregation", "MEAN", "deviationThreshold", 2))
                .post("/api/v1/terms/{id}/scoring", term).then().statusCode(409).body("code", equalTo("SCORING_ALREADY_OPEN"));
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/terms/{id}/scoring", term).then().statusCode(200)
                .body("schemeId", equalTo((int) made[1])).body("status", equalTo("SELF_SCORING")).body("sheets", hasSize(7))
                .body("sheets.findAll { it.mine }.unitId", contains((int) SeedCases.unitId("BKN.SCT")))
                .body("permissions", equalTo(List.of()));
        Api.raw(Actor.OTHER_BLOC_OFFICER).get("/api/v1/scoring-rounds/{id}", round).then().statusCode(404);
        sct = Sheets.sheetOf(round, "BKN.SCT");
        c = Sheets.criteria(sct);
    }

    @Test
    @Order(2)
    void aUnitScoresItsOwnSheetByTheCriterionRulesAndSubmitsItWhole() {
        String etag = Sheets.etag(Sheets.as(Actor.MEMBER_OFFICER), "/api/v1/sheets/{id}", sct);
        save(Actor.MEMBER_OFFICER, etag, Sheets.cells(c, "1.1", 27.3), 422, "SHEET_SCORE_INVALID", "cells[0].value");
        save(Actor.MEMBER_OFFICER, etag, Sheets.cells(c, "2.1", 40.5), 422, "SHEET_SCORE_INVALID", "cells[0].value");
        save(Actor.MEMBER_OFFICER, etag, Sheets.cells(c, "1.3", 1.5), 422, "SHEET_SCORE_INVALID", "cells[0].value");
        save(Actor.MEMBER_OFFICER, etag, Sheets.cells(c, "3.3", 2), 422, "SHEET_SCORE_INVALID", "cells[0].value");
        save(Actor.MEMBER_OFFICER, etag, Sheets.cells(c, "1.1", 27, "1.1", 28), 422, "SHEET_CELL_TWICE", "cells[1].criterionId");
        save(Actor.OTHER_BLOC_OFFICER, etag, Sheets.cells(c, "1.1", 27), 404, "SHEET_NOT_FOUND", null);
        Api.raw(Actor.DEPUTY_OFFICER).header("If-Match", Sheets.etag(Sheets.as(Actor.DEPUTY_OFFICER), "/api/v1/sheets/{id}", sct))
                .body(Map.of("cells", Sheets.cells(c, "1.1", 27))).put("/api/v1/sheets/{id}/self-scores", sct).then()
                .statusCode(403).body("code", equalTo("TERM_OWN_UNIT_ONLY"));

        // half the sheet (zero is a valid score), autosaved; points follow each criterion's rule
        String after = Api.as(Actor.MEMBER_OFFICER).header("If-Match", etag)
                .body(Map.of("cells", Sheets.cells(c, "1.1", 27.25, "1.2", 87.5, "1.3", 7, "3.2", 0))).put("/api/v1/sheets/{id}/self-scores", sct)
                .then().statusCode(200).body("groups[0].criteria[0].selfPoints", equalTo(27.25f))
                .body("groups[0].criteria[1].selfPoints", equalTo(17.5f)) // 20 × 87.5 % on the 0.25 step
                .body("groups[0].criteria[2].selfPoints", equalTo(10.0f)) // 7 × 2, capped at 10
                .body("missing", contains("2.1", "3.1", "3.3")).body("permissions", not(hasItem("SUBMIT")))
                .extract().header("ETag");
        Api.raw(Actor.MEMBER_OFFICER).header("If-Match", etag).body(Map.of("cells", Sheets.cells(c, "2.1", 30)))
                .put("/api/v1/sheets/{id}/self-scores", sct).then().statusCode(412);
        Api.raw(Actor.MEMBER_OFFICER).header("If-Match", after).body(Map.of("status", "SELF_SUBMITTED"))
                .post("/api/v1/sheets/{id}/status", sct).then().statusCode(422).body("code", equalTo("SHEET_INCOMPLETE"))
                .body("detail", containsString("2.1, 3.1, 3.3"));

        List<Map<String, Object>> rest = Sheets.cells(c, "2.1", 36.5, "3.1", 2, "3.3", 0);
        rest.get(0).put("comment", "Hoàn thành kế hoạch cải cách hành chính");
        after = Api.as(Actor.MEMBER_OFFICER).header("If-Match", after).body(Map.of("cells", rest)).put("/api/v1/sheets/{id}/self-scores", sct)
                .then().statusCode(200).body("missing", contains("2.1")).body("selfTotals.total", equalTo(93.25f))
                .body("selfTotals.groups.I", equalTo(54.75f)).extract().header("ETag");
        // 2.1 requires evidence: scored but not submittable until its file is attached; only the unit (or the Board) attaches it
        Api.raw(Actor.MEMBER_OFFICER).header("If-Match", after).body(Map.of("status", "SELF_SUBMITTED"))
                .post("/api/v1/sheets/{id}/status", sct).then().statusCode(422).body("code", equalTo("SHEET_INCOMPLETE"));
        Uploads.file(Api.raw(Actor.LEADER_OFFICER), "minh-chung.pdf", Uploads.PDF, null)
                .post("/api/v1/sheets/{id}/criteria/{c}/evidence", sct, c.get("2.1")).then().statusCode(403);
        long file = Sheets.attachEvidence(Api.raw(Actor.MEMBER_OFFICER), sct, c.get("2.1"));
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/sheets/{id}/criteria/{c}/evidence", sct, c.get("2.1")).then().statusCode(200)
                .body("id", contains((int) file)).body("kind", contains("SCORE_EVIDENCE"));
        Api.unvalidated(Actor.MEMBER_OFFICER).accept("*/*").get("/api/v1/files/{id}", file).then().statusCode(200);
        Api.unvalidated(Actor.OTHER_BLOC_OFFICER).accept("*/*").get("/api/v1/files/{id}", file).then().statusCode(404);
        after = Api.as(Actor.MEMBER_OFFICER).get("/api/v1/sheets/{id}", sct).then().body("missing", hasSize(0))
                .body("groups[1].criteria[0].evidenceCount", equalTo(1)).body("permissions", hasItem("SUBMIT")).extract().header("ETag");
        Api.as(Actor.MEMBER_OFFICER).header("If-Match", after).body(Map.of("status", "SELF_SUBMITTED"))
                .post("/api/v1/sheets/{id}/status", sct).then().statusCode(200).body("status", equalTo("SELF_SUBMITTED"))
                .body("late", equalTo(true)); // the fixture's year is long past: flagged late, never refused
        // submitted: the unit no longer edits it; a manager may return it, with a reason
        Api.raw(Actor.MEMBER_OFFICER).header("If-Match", Sheets.etag(Sheets.as(Actor.MEMBER_OFFICER), "/api/v1/sheets/{id}", sct))
                .body(Map.of("cells", Sheets.cells(c, "2.1", 30))).put("/api/v1/sheets/{id}/self-scores", sct).then().statusCode(409)
                .body("code", equalTo("SHEET_NOT_DRAFT"));
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Sheets.etag(Sheets.as(Actor.LEADER_OFFICER), "/api/v1/sheets/{id}", sct))
                .body(Map.of("status", "DRAFT")).post("/api/v1/sheets/{id}/status", sct).then().statusCode(422)
                .body("code", equalTo("SHEET_REASON_REQUIRED"));
        Sheets.stnmt().get("/api/v1/sheets/{id}", sct).then().statusCode(404);
    }

    @Test
    @Order(3)
    void theLeaderAssignsReviewersNeverTheUnitItselfAndStartsTheReview() {
        for (String unit : OTHERS) {
            long sheet = Sheets.sheetOf(round, unit);
            Sheets.fillAndSubmit(sheet, c, Sheets.values(25, 90, 4, 35, 1, 0.5, 0));
        }
        String etag = Sheets.etag(Sheets.as(Actor.LEADER_OFFICER), "/api/v1/scoring-rounds/{id}", round);
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", etag).body(Map.of("mode", "CHOSEN", "assignments",
                List.of(Map.of("sheetId", sct, "reviewerUnitIds", List.of(SeedCases.unitId("BKN.SCT"))))))
                .put("/api/v1/scoring-rounds/{id}/reviewers", round).then().statusCode(422).body("code", equalTo("SCORING_REVIEWER_SELF"));
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", etag).body(Map.of("mode", "CHOSEN", "assignments",
                List.of(Map.of("sheetId", sct, "reviewerUnitIds", List.of(SeedCases.unitId("BKN.SNV"))))))
                .put("/api/v1/scoring-rounds/{id}/reviewers", round).then().statusCode(422).body("code", equalTo("SCORING_REVIEWER_NOT_MEMBER"));
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", etag).body(Map.of("mode", "CHOSEN", "assignments",
                List.of(Map.of("reviewerUnitIds", List.of(SeedCases.unitId("BKN.SNV"))))))
                .put("/api/v1/scoring-rounds/{id}/reviewers", round).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.endsWith("sheetId"));
        Api.raw(Actor.MEMBER_OFFICER).header("If-Match", Sheets.etag(Sheets.as(Actor.MEMBER_OFFICER), "/api/v1/scoring-rounds/{id}", round))
                .body(Map.of("mode", "ROUND_ROBIN", "reviewersPerSheet", 1)).put("/api/v1/scoring-rounds/{id}/reviewers", round).then()
                .statusCode(403);
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", etag).body(Map.of("mode", "ROUND_ROBIN", "reviewersPerSheet", 7))
                .put("/api/v1/scoring-rounds/{id}/reviewers", round).then().statusCode(422).body("code", equalTo("SCORING_TOO_MANY_REVIEWERS"));
        etag = Api.as(Actor.LEADER_OFFICER).header("If-Match", etag).body(Map.of("mode", "ROUND_ROBIN", "reviewersPerSheet", 1))
                .put("/api/v1/scoring-rounds/{id}/reviewers", round).then().statusCode(200)
                .body("sheets.collect { it.reviewers.size() }", everyItem(equalTo(1))).extract().header("ETag");
        etag = Api.as(Actor.LEADER_OFFICER).header("If-Match", etag).body(Map.of("mode", "CHOSEN", "assignments", List.of(Map.of("sheetId", sct,
                "reviewerUnitIds", List.of(SeedCases.unitId(Sheets.SECOND_MEMBER), SeedCases.unitId("BKN.SXD"))))))
                .put("/api/v1/scoring-rounds/{id}/reviewers", round).then().statusCode(200)
                .body("sheets.find { it.id == %d }.reviewers.unitId".formatted(sct), contains(
                        (int) SeedCases.unitId(Sheets.SECOND_MEMBER), (int) SeedCases.unitId("BKN.SXD")))
                .extract().header("ETag");
        Api.as(Actor.LEADER_OFFICER).header("If-Match", etag).body(Map.of("status", "REVIEWING"))
                .post("/api/v1/scoring-rounds/{id}/status", round).then().statusCode(200).body("status", equalTo("REVIEWING"))
                .body("sheets.status", everyItem(equalTo("IN_REVIEW")));
        var sheet = Api.as(Actor.ADMIN).get("/api/v1/sheets/{id}", sct).then().extract().jsonPath();
        stnmtReview = sheet.getLong("reviewers.find { it.unitId == %d }.reviewId".formatted(SeedCases.unitId(Sheets.SECOND_MEMBER)));
        leaderReview = sheet.getLong("reviewers.find { it.unitId == %d }.reviewId".formatted(SeedCases.unitId("BKN.SXD")));
    }

    @Test
    @Order(4)
    void aReviewerSeesTheSelfScoresAndOnlyItsOwnReviewAndGivesAReasonWhereItDiffers() {
        String etag = Sheets.stnmt().get("/api/v1/sheets/{id}", sct).then().statusCode(200)
                .body("groups[0].criteria[0].selfValue", equalTo(27.25f)).body("myReviewId", equalTo((int) stnmtReview))
                .body("permissions", contains("REVIEW", "SUBMIT_REVIEW")).body("reviewers.unitId", hasSize(1))
                .extract().header("ETag");
        Sheets.stnmt().header("If-Match", etag).body(Map.of("cells", Sheets.cells(c, "1.1", 25)))
                .put("/api/v1/sheets/{id}/reviews/{r}/scores", sct, stnmtReview).then().statusCode(422)
                .body("code", equalTo("SHEET_REVIEW_REASON_REQUIRED")).body("errors[0].field", equalTo("cells[0].comment"));
        Sheets.stnmt().header("If-Match", etag).body(Map.of("cells", Sheets.cells(c, "1.1", 27.25)))
                .put("/api/v1/sheets/{id}/reviews/{r}/scores", sct, leaderReview).then().statusCode(404);
        // 3.1 (bonus) 0 against the self-score's 2: exactly the threshold apart, a difference (a reason) but no deviation
        List<Map<String, Object>> cells = Sheets.cells(c, Sheets.values(25, 87.5, 7, 36.5, 0, 0, 0));
        cells.get(0).put("comment", "Một nhiệm vụ hoàn thành chậm so với kế hoạch");
        cells.get(4).put("comment", "Chưa có quyết định khen thưởng làm căn cứ điểm thưởng");
        etag = Sheets.stnmt().header("If-Match", etag).body(Map.of("cells", cells)).put("/api/v1/sheets/{id}/reviews/{r}/scores", sct, stnmtReview)
                .then().statusCode(200).body("groups[0].criteria[0].reviews.points", contains(25.0f))
                .body("groups[0].criteria[0].reviews.deviates", contains(true))
                .body("groups[2].criteria[0].reviews.deviates", contains(false)).extract().header("ETag");
        Sheets.stnmt().header("If-Match", etag).post("/api/v1/sheets/{id}/reviews/{r}/submission", sct, stnmtReview).then().statusCode(200);

        // the leader reviews too; it sees only its own review, not the other reviewer's points
        String leader = Sheets.etag(Sheets.as(Actor.LEADER_OFFICER), "/api/v1/sheets/{id}", sct);
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/sheets/{id}", sct).then().body("groups[0].criteria[0].reviews", hasSize(0))
                .body("groups[0].criteria[0].deviates", equalTo(true)).body("permissions", hasItem("REQUEST_EXPLANATION"));
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", leader).post("/api/v1/sheets/{id}/reviews/{r}/submission", sct, leaderReview)
                .then().statusCode(422).body("code", equalTo("SHEET_REVIEW_INCOMPLETE"));
        // the round's table counts the deviating criteria per sheet for the leader and the Board only
        String bySct = "sheets.find { it.id == %d }.deviatingCriteria".formatted(sct);
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/terms/{id}/scoring", term).then().statusCode(200).body(bySct, equalTo(1))
                .body("sheets.findAll { it.id != %d }.deviatingCriteria".formatted(sct), everyItem(equalTo(0)));
        Api.as(Actor.ADMIN).get("/api/v1/scoring-rounds/{id}", round).then().statusCode(200).body(bySct, equalTo(1));
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/terms/{id}/scoring", term).then().statusCode(200)
                .body("sheets.deviatingCriteria", everyItem(nullValue()));
        Sheets.stnmt().get("/api/v1/scoring-rounds/{id}", round).then().statusCode(200)
                .body("sheets.deviatingCriteria", everyItem(nullValue()));
        // the scored unit sees neither the reviewers' points nor the deviations yet
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/sheets/{id}", sct).then().statusCode(200)
                .body("groups.criteria.flatten().collect { it.reviews.size() }", everyItem(equalTo(0)))
                .body("groups.criteria.flatten().deviates", everyItem(equalTo(false)));
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/sheets/{id}/history", sct).then().statusCode(200)
                .body("stage", not(hasItem("REVIEW")));
    }

    @Test
    @Order(5)
    void theLeaderAsksForAnExplanationAndTheUnitAnswersEveryTurnKept() {
        String etag = Sheets.etag(Sheets.as(Actor.LEADER_OFFICER), "/api/v1/sheets/{id}", sct);
        etag = Api.as(Actor.LEADER_OFFICER).header("If-Match", etag).body(Map.of("status", "EXPLANATION_REQUESTED",
                "reason", "Đề nghị giải trình tiêu chí 1.1 kèm văn bản chứng minh"))
                .post("/api/v1/sheets/{id}/status", sct).then().statusCode(200).body("status", equalTo("EXPLANATION_REQUESTED"))
                .extract().header("ETag");
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", etag).body(Map.of("status", "EXPLAINED", "reason", "thay"))
                .post("/api/v1/sheets/{id}/status", sct).then().statusCode(403);
        Api.as(Actor.MEMBER_OFFICER).header("If-Match", Sheets.etag(Sheets.as(Actor.MEMBER_OFFICER), "/api/v1/sheets/{id}", sct))
                .body(Map.of("status", "EXPLAINED", "reason", "Nhiệm vụ hoàn thành đúng hạn theo Văn bản số 12/SCT-VP"))
                .post("/api/v1/sheets/{id}/status", sct).then().statusCode(200).body("status", equalTo("EXPLAINED"))
                .body("explanations", hasSize(1)).body("explanations[0].answer", containsString("12/SCT-VP"))
                .body("explanations[0].requestedBy", equalTo("bk.sxd"));
    }

    @Test
    @Order(6)
    void reviewClosesOnlyWhenEveryReviewIsInAndThenTheScoredUnitSeesItsReviewers() {
        String etag = Sheets.etag(Sheets.as(Actor.LEADER_OFFICER), "/api/v1/scoring-rounds/{id}", round);
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", etag).body(Map.of("status", "REVIEW_CLOSED"))
                .post("/api/v1/scoring-rounds/{id}/status", round).then().statusCode(409).body("code", equalTo("SCORING_REVIEWS_PENDING"));
        // the leader's bonus 4 is the other side of the self-score's 2 (the mean stays 2)
        List<Map<String, Object>> cells = Sheets.cells(c, Sheets.values(26, 87.5, 7, 36.5, 4, 1, 0));
        cells.forEach(cell -> cell.put("comment", "Đối chiếu hồ sơ"));
        String leader = Api.as(Actor.LEADER_OFFICER).header("If-Match", Sheets.etag(Sheets.as(Actor.LEADER_OFFICER), "/api/v1/sheets/{id}", sct))
                .body(Map.of("cells", cells)).put("/api/v1/sheets/{id}/reviews/{r}/scores", sct, leaderReview).then().statusCode(200)
                .extract().header("ETag");
        Api.as(Actor.LEADER_OFFICER).header("If-Match", leader).post("/api/v1/sheets/{id}/reviews/{r}/submission", sct, leaderReview)
                .then().statusCode(200);
        for (String unit : OTHERS) {
            long sheet = Sheets.sheetOf(round, unit);
            long review = Api.as(Actor.ADMIN).get("/api/v1/sheets/{id}", sheet).jsonPath().getLong("reviewers[0].reviewId");
            Sheets.review(sheet, review, c, Sheets.values(24, 90, 4, 35, 1, 0.5, 0));
        }
        Api.as(Actor.LEADER_OFFICER).header("If-Match", Sheets.etag(Sheets.as(Actor.LEADER_OFFICER), "/api/v1/scoring-rounds/{id}", round))
                .body(Map.of("status", "REVIEW_CLOSED")).post("/api/v1/scoring-rounds/{id}/status", round).then().statusCode(200)
                .body("status", equalTo("REVIEW_CLOSED"));
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/sheets/{id}", sct).then().statusCode(200)
                .body("groups[0].criteria[0].reviews.points", contains(25.0f, 26.0f))
                .body("groups[0].criteria[0].deviates", equalTo(true)) // 27.25 vs 25: 2.25 apart, beyond the threshold of 2
                .body("groups[1].criteria[0].deviates", equalTo(false))
                .body("groups[2].criteria[1].reviews.points", contains(0.0f, 1.0f))
                .body("groups[2].criteria[0].reviews.points", contains(0.0f, 4.0f))
                .body("groups[2].criteria[0].deviates", equalTo(false)); // 2 either side of 2: at the threshold, not beyond
        // the leader's own review deviates nowhere (1.1 at 26 is 1.25 from 27.25): still one criterion
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/terms/{id}/scoring", term).then()
                .body("sheets.find { it.id == %d }.deviatingCriteria".formatted(sct), equalTo(1));
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/sheets/{id}/history", sct).then().statusCode(200)
                .body("findAll { it.stage == 'REVIEW' && it.criterionCode == '1.1' && it.field == 'VALUE' }.newValue", hasItem("25"));
        Sheets.stnmt().get("/api/v1/sheets/{id}", sct).then().statusCode(200).body("groups[0].criteria[0].reviews.points", contains(25.0f));
    }

    @Test
    @Order(7)
    void consolidationTakesTheMeanOfTheReviewersAndFinalIsImmutable() {
        String etag = Sheets.etag(Sheets.as(Actor.LEADER_OFFICER), "/api/v1/scoring-rounds/{id}", round);
        etag = Api.as(Actor.LEADER_OFFICER).header("If-Match", etag).post("/api/v1/scoring-rounds/{id}/consolidation", round).then()
                .statusCode(200).body("sheets.status", everyItem(equalTo("CONSOLIDATED"))).extract().header("ETag");
        // 1.1 (25 + 26) / 2 = 25.5; 1.2 17.5; 1.3 10; 2.1 36.5; bonus 2; penalty (0 + 1) / 2 = 0.5 → 91
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/sheets/{id}", sct).then().body("groups[0].criteria[0].finalPoints", equalTo(25.5f))
                .body("finalTotals.total", equalTo(91.0f)).body("finalTotals.penalty", equalTo(0.5f));
        Api.as(Actor.LEADER_OFFICER).header("If-Match", etag).post("/api/v1/scoring-rounds/{id}/finalization", round).then()
                .statusCode(200).body("sheets.status", everyItem(equalTo("FINAL"))).body("sheets.find { it.id == %d }.finalTotal".formatted(sct), equalTo(91.0f));
        // the unit's sheet as XLSX: its totals are live formulas that give the consolidated total
        byte[] xlsx = Api.unvalidated(Actor.MEMBER_OFFICER).accept("*/*").get("/api/v1/sheets/{id}/sheet.xlsx", sct).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        assertEquals(91.0, totalOf(xlsx), 0.001);
        String sheet = Sheets.etag(Sheets.as(Actor.LEADER_OFFICER), "/api/v1/sheets/{id}", sct);
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", sheet).body(Map.of("status", "IN_REVIEW", "reason", "sửa lại"))
                .post("/api/v1/sheets/{id}/status", sct).then().statusCode(409).body("code", equalTo("SHEET_STATUS_STEP"));
        Api.as(Actor.LEADER_OFFICER).get("/api/v1/sheets/{id}", sct).then().body("permissions", equalTo(List.of()));
        // the Board's reads of a unit's sheet are in the audit trail; the unit's own are not
        Api.as(Actor.ADMIN).get("/api/v1/sheets/{id}", sct).then().statusCode(200);
        Api.as(Actor.ADMIN).get("/api/v1/audit-events?entityType=ScoreSheet&entityId={id}", sct).then().statusCode(200)
                .body("items.findAll { it.operation == 'READ' }.actor", hasItem("admin"))
                .body("items.findAll { it.operation == 'READ' }.actor", not(hasItem("bk.sct")));
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/terms/{id}/scoring", term).then()
                .body("sheets.findAll { !it.mine }.finalTotal", everyItem(nullValue()));
    }

    /** The evaluated value of the "Tổng điểm" row's final-points cell. */
    private static double totalOf(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var evaluator = book.getCreationHelper().createFormulaEvaluator();
            var sheet = book.getSheetAt(0);
            for (var row : sheet) {
                var label = row.getCell(1);
                if (label != null && label.getCellType() == CellType.STRING && "Tổng điểm".equals(label.getStringCellValue())) {
                    assertEquals(CellType.FORMULA, row.getCell(4).getCellType(), "the total is a formula");
                    return evaluator.evaluate(row.getCell(4)).getNumberValue();
                }
            }
            throw new AssertionError("no «Tổng điểm» row");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void save(Actor who, String etag, List<Map<String, Object>> cells, int status, String code, String field) {
        var then = Api.raw(who).header("If-Match", etag).body(Map.of("cells", cells)).put("/api/v1/sheets/{id}/self-scores", sct).then()
                .statusCode(status).body("code", equalTo(code));
        if (field != null) {
            then.body("errors[0].field", equalTo(field));
        }
    }
}
