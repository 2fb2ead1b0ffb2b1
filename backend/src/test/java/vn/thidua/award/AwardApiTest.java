package vn.thidua.award;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Awards;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Keycloak;
import vn.thidua.support.Rankings;
import vn.thidua.support.SeedCases;
import vn.thidua.support.Uploads;
import vn.thidua.vote.AwardKind;
import vn.thidua.vote.LeadershipSeats;
import vn.thidua.vote.VoteKind;
import vn.thidua.vote.VoteSubject;

/**
 * Awards through HTTP with real tokens, on a Thái Nguyên bloc of fresh units (their officers made through the
 * Keycloak admin API): restrictions and who reads them, the eligibility the vote engine asks, a dossier filled by
 * certified award votes (the event fired as the vote engine fires it), the quota, reports, submission with the
 * checks run again, the Board's appraisal (a flag downgraded to a certificate), a return and a resubmission, the
 * decision, the unit's awards through a merger, the public list, the cover memo and the spreadsheet.
 */
@QuarkusTest
class AwardApiTest {

    @Inject
    AwardEligibility eligibility;

    private final Map<String, Long> units = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();

    @Test
    void aDossierGoesFromTheVoteThroughAppraisalToTheDecisionAndIntoTheUnitsHistory() throws Exception {
        SeedCases.ensureLoaded();
        long province = Fixtures.provinceId("19");
        long bloc = Fixtures.bloc().inProvince(province).create();
        long term = Fixtures.term(bloc, 2024).create();
        for (String key : List.of("leader", "deputy", "member", "restricted", "disqualified", "spare", "extra", "outsider")) {
            String code = "TA." + Fixtures.unique();
            units.put(key, Fixtures.unit().code(code).named("Sở Thử nghiệm " + key + " " + code).inProvince(province).create());
            tokens.put(key, Keycloak.officerToken("award." + key, code, "19"));
        }
        Fixtures.member(term, units.get("leader"), "LEADER");
        Fixtures.member(term, units.get("deputy"), "DEPUTY");
        for (String key : List.of("member", "restricted", "disqualified", "spare", "extra")) {
            Fixtures.member(term, units.get(key), "MEMBER");
        }
        Map<Long, Map<String, Number>> sheets = new LinkedHashMap<>();
        sheets.put(units.get("leader"), Rankings.points(30, 20, 10, 40, 5, 0, false));
        sheets.put(units.get("deputy"), Rankings.points(28, 18, 8, 36, 0, 0, false));
        sheets.put(units.get("member"), Rankings.points(27, 18, 8, 36, 0, 0, false));
        sheets.put(units.get("restricted"), Rankings.points(25, 15, 6, 30, 0, 0, false));
        sheets.put(units.get("disqualified"), Rankings.points(30, 20, 10, 40, 0, 0, true));
        sheets.put(units.get("spare"), Rankings.points(20, 10, 4, 30, 0, 0, false));
        sheets.put(units.get("extra"), Rankings.points(19, 10, 4, 30, 0, 0, false));
        long ranking = Awards.publishedRanking(Actor.ADMIN, term, sheets);

        // ── restrictions: recorded by the Board, read by the Board, the Ministry and the unit itself ──
        long restricted = units.get("restricted");
        as("leader").body(Awards.restriction("INSPECTION", "12/QĐ-TTR", "2024-03-01", null))
                .post("/api/v1/units/{id}/restrictions", restricted).then().statusCode(403);
        Api.raw(Actor.ADMIN).body(Awards.restriction("INSPECTION", "12/QĐ-TTR", "2024-03-01", "2024-02-01"))
                .post("/api/v1/units/{id}/restrictions", restricted).then().statusCode(422).body("code", equalTo("AWARD_RESTRICTION_DATES"));
        long inspection = Api.as(Actor.ADMIN).body(Awards.restriction("INSPECTION", "12/QĐ-TTR", "2024-03-01", null))
                .post("/api/v1/units/{id}/restrictions", restricted).then().statusCode(201).body("activeToday", equalTo(true))
                .body("kindLabel", equalTo("thanh tra, kiểm tra")).extract().jsonPath().getLong("id");
        Api.as(Actor.ADMIN).get("/api/v1/audit-events?entityType=UnitRestriction&entityId={id}", inspection).then().statusCode(200)
                .body("items.operation", hasItem("CREATE"));
        as("restricted").get("/api/v1/units/{id}/restrictions", restricted).then().statusCode(200).body("items.id", contains((int) inspection))
                .body("items[0].decision.number", equalTo("12/QĐ-TTR")).body("items[0].permissions", equalTo(List.of()));
        Api.as(Actor.NATIONAL).get("/api/v1/restrictions/{id}", inspection).then().statusCode(200);
        as("member").get("/api/v1/units/{id}/restrictions", restricted).then().statusCode(403)
                .body("code", equalTo("AWARD_RESTRICTIONS_CONFIDENTIAL"));
        as("member").get("/api/v1/restrictions/{id}", inspection).then().statusCode(404).body("code", equalTo("AWARD_RESTRICTION_NOT_FOUND"));
        Api.raw(Actor.VIEWER).get("/api/v1/units/{id}/restrictions", restricted).then().statusCode(403);
        Api.raw(Actor.OTHER_ADMIN).get("/api/v1/restrictions/{id}", inspection).then().statusCode(404);
        // an ended restriction keeps no one back
        long ended = Api.as(Actor.ADMIN).body(Awards.restriction("COMPLAINT", "3/TB-UBND", "2023-01-05", "2023-06-30"))
                .post("/api/v1/units/{id}/restrictions", units.get("member")).then().statusCode(201).body("activeToday", equalTo(false))
                .extract().jsonPath().getLong("id");

        // ── eligibility, as the vote engine asks it before an award vote opens ──
        Map<Long, Text> refused = Awards.inRequest(() -> QuarkusTransaction.requiringNew().call(() -> eligibility.ineligible(
                new VoteSubject(1, term, VoteKind.AWARD_VOTE, null, AwardKind.FLAG), units.values())));
        assertEquals(java.util.Set.of(restricted, units.get("disqualified")), refused.keySet(), "refused: " + refused);
        assertTrue(refused.get(restricted).vi().contains("thanh tra, kiểm tra") && refused.get(restricted).vi().contains("12/QĐ-TTR"),
                refused.get(restricted).vi());
        assertTrue(refused.get(units.get("disqualified")).vi().contains("tiêu chí loại trừ"), refused.get(units.get("disqualified")).vi());
        assertEquals(Map.of(), Awards.inRequest(() -> QuarkusTransaction.requiringNew().call(() -> eligibility.ineligible(
                new VoteSubject(2, term, VoteKind.LEADER_ELECTION, LeadershipSeats.LEADER_AND_DEPUTY, null), units.values()))));

        // ── certified award votes fill the dossier (created DRAFT), places from the published ranking ──
        long flagVote = Awards.certifiedVote(term, AwardKind.FLAG);
        long certificateVote = Awards.certifiedVote(term, AwardKind.CERTIFICATE);
        Awards.certify(flagVote, term, AwardKind.FLAG, List.of(units.get("leader")));
        Awards.certify(certificateVote, term, AwardKind.CERTIFICATE, List.of(units.get("deputy"), units.get("member")));
        JsonPath dossier = as("leader").get("/api/v1/terms/{id}/award-proposals", term).then().statusCode(200)
                .body("items", hasSize(1)).extract().jsonPath();
        long id = dossier.getLong("items[0].id");
        as("leader").get("/api/v1/award-proposals/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("rankingId", equalTo((int) ranking)).body("flagQuota", equalTo(1)).body("certificateQuota", equalTo(3))
                .body("items.unit.id", contains(units.get("leader").intValue(), units.get("deputy").intValue(), units.get("member").intValue()))
                .body("items.award", contains("FLAG", "CERTIFICATE", "CERTIFICATE")).body("items.voteId", contains((int) flagVote, (int) certificateVote, (int) certificateVote))
                .body("items[0].rankPosition", equalTo(1)).body("items[0].rankOf", equalTo(7)).body("items[0].rankTotal", equalTo(105.0f))
                .body("permissions", contains("ADD_ITEM", "REMOVE_ITEM", "SUBMIT", "UPLOAD_REPORT"));
        // one achievement, one award: the flag's unit may not stand in a certificate vote, nor be certified into one
        Map<Long, Text> twice = Awards.inRequest(() -> QuarkusTransaction.requiringNew().call(() -> eligibility.ineligible(
                new VoteSubject(3, term, VoteKind.AWARD_VOTE, null, AwardKind.CERTIFICATE), List.of(units.get("leader"), units.get("spare")))));
        assertEquals(java.util.Set.of(units.get("leader")), twice.keySet());
        assertTrue(twice.get(units.get("leader")).vi().contains("Cờ thi đua của UBND tỉnh") && twice.get(units.get("leader")).vi()
                .contains("mỗi thành tích chỉ được đề nghị một hình thức"), twice.get(units.get("leader")).vi());
        DomainException again = assertThrows(DomainException.class,
                () -> Awards.certify(Awards.certifiedVote(term, AwardKind.CERTIFICATE), term, AwardKind.CERTIFICATE, List.of(units.get("leader"))));
        assertEquals("AWARD_UNIT_ALREADY_PROPOSED", again.code());
        // the vote that named too many for the quota is refused with the certification
        DomainException quota = assertThrows(DomainException.class,
                () -> Awards.certify(Awards.certifiedVote(term, AwardKind.FLAG), term, AwardKind.FLAG, List.of(units.get("spare"))));
        assertEquals("AWARD_QUOTA_EXCEEDED", quota.code());

        // ── by hand: members only, eligible, within the quota; the managers only ──
        addItem(id, "member", "spare", "CERTIFICATE").then().statusCode(403).body("code", equalTo("TERM_MANAGERS_ONLY"));
        addItem(id, "leader", "outsider", "CERTIFICATE").then().statusCode(422).body("code", equalTo("AWARD_UNIT_NOT_A_MEMBER"));
        addItem(id, "leader", "restricted", "CERTIFICATE").then().statusCode(422).body("code", equalTo("AWARD_UNIT_INELIGIBLE"))
                .body("detail", containsString("thanh tra, kiểm tra"));
        addItem(id, "leader", "disqualified", "CERTIFICATE").then().statusCode(422).body("code", equalTo("AWARD_UNIT_INELIGIBLE"));
        addItem(id, "leader", "spare", "FLAG").then().statusCode(422).body("code", equalTo("AWARD_QUOTA_EXCEEDED"));
        addItem(id, "deputy", "spare", "CERTIFICATE").then().statusCode(200).body("items", hasSize(4));
        addItem(id, "leader", "extra", "CERTIFICATE").then().statusCode(422).body("code", equalTo("AWARD_QUOTA_EXCEEDED"))
                .body("detail", containsString("Bằng khen"));
        as("leader").header("If-Match", "\"stale\"").body(Map.of("unitId", units.get("extra"), "award", "CERTIFICATE"))
                .post("/api/v1/award-proposals/{id}/items", id).then().statusCode(412);

        // ── submission: every report, the checks again ──
        status(id, "leader", "SUBMITTED", null, null).then().statusCode(422).body("code", equalTo("AWARD_REPORT_MISSING"))
                .body("detail", containsString("Sở Thử nghiệm leader"));
        Map<String, Long> items = itemsOf(id);
        report(id, items.get("member"), "member").then().statusCode(201);
        report(id, items.get("deputy"), "member").then().statusCode(403).body("code", equalTo("TERM_OWN_UNIT_ONLY"));
        long leaderReport = report(id, items.get("leader"), "leader").then().statusCode(201).extract().jsonPath().getLong("id");
        report(id, items.get("deputy"), "deputy").then().statusCode(201);
        report(id, items.get("spare"), "leader").then().statusCode(201);
        report(id, items.get("leader"), "leader").then().statusCode(409); // a second report supersedes the first
        Uploads.file(withToken("leader"), "bao-cao-2.pdf", Uploads.PDF, leaderReport)
                .post("/api/v1/award-proposals/{id}/items/{itemId}/achievement-reports", id, items.get("leader")).then().statusCode(201);
        as("member").get("/api/v1/award-proposals/{id}/items/{itemId}/achievement-reports", id, items.get("leader")).then().statusCode(200)
                .body("", hasSize(2));
        // the situation changed after the vote: discipline of the spare unit since yesterday
        long discipline = Api.as(Actor.ADMIN).body(Awards.restriction("DISCIPLINE", "45/QĐ-UBND", "2026-01-15", null))
                .post("/api/v1/units/{id}/restrictions", units.get("spare")).then().statusCode(201).extract().jsonPath().getLong("id");
        status(id, "leader", "SUBMITTED", null, null).then().statusCode(422).body("code", equalTo("AWARD_UNIT_INELIGIBLE"))
                .body("detail", containsString("kỷ luật")).body("detail", containsString("45/QĐ-UBND"));
        as("leader").header("If-Match", Awards.etag(id)).delete("/api/v1/award-proposals/{id}/items/{itemId}", id, items.get("spare"))
                .then().statusCode(200).body("items", hasSize(3));
        Api.as(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/restrictions/{id}", discipline))
                .delete("/api/v1/restrictions/{id}", discipline).then().statusCode(204);
        status(id, "member", "SUBMITTED", null, null).then().statusCode(403);
        status(id, "deputy", "SUBMITTED", null, null).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("submittedAt", not(nullValue()));
        addItem(id, "leader", "spare", "CERTIFICATE").then().statusCode(409).body("code", equalTo("AWARD_PROPOSAL_NOT_EDITABLE"));

        // before the decision: the bloc, the Board and the Ministry; others as for nothing; not public
        Api.raw(Actor.VIEWER).get("/api/v1/award-proposals/{id}", id).then().statusCode(404).body("code", equalTo("AWARD_PROPOSAL_NOT_FOUND"));
        as("outsider").get("/api/v1/award-proposals/{id}", id).then().statusCode(404);
        as("outsider").get("/api/v1/terms/{id}/award-proposals", term).then().statusCode(200).body("items", hasSize(0));
        Api.as(Actor.NATIONAL).get("/api/v1/award-proposals/{id}", id).then().statusCode(200);
        as("member").get("/api/v1/award-proposals/{id}", id).then().statusCode(200).body("permissions", equalTo(List.of()));
        RestAssured.given().accept("application/json").get("/api/v1/public/awards?blocId={id}", bloc).then().statusCode(200)
                .body("items", hasSize(0));

        // ── the Board: takes it up, appraises, returns it, and after resubmission decides ──
        status(id, "leader", "APPRAISING", null, null).then().statusCode(403).body("code", equalTo("AWARD_BOARD_ONLY"));
        Api.as(Actor.ADMIN).header("If-Match", Awards.etag(id)).body(Map.of("status", "APPRAISING"))
                .post("/api/v1/award-proposals/{id}/status", id).then().statusCode(200)
                .body("permissions", contains("APPRAISE", "DECIDE", "RETURN", "UPLOAD_DECISION"));
        appraise(id, items.get("leader"), "DOWNGRADED", null).then().statusCode(422).body("code", equalTo("AWARD_OUTCOME_REASON_REQUIRED"));
        appraise(id, items.get("member"), "DOWNGRADED", "Không").then().statusCode(422).body("code", equalTo("AWARD_DOWNGRADE_FLAG_ONLY"));
        appraise(id, items.get("leader"), "DOWNGRADED", "Chưa đủ hai năm liền dẫn đầu khối").then().statusCode(200)
                .body("items[0].outcome", equalTo("DOWNGRADED")).body("items[0].decidedAward", equalTo("CERTIFICATE"));
        as("leader").header("If-Match", Awards.etag(id)).body(Map.of("outcome", "APPROVED"))
                .put("/api/v1/award-proposals/{id}/items/{itemId}/appraisal", id, items.get("member")).then().statusCode(403);
        board(id, "DECIDED", null, decision()).then().statusCode(422).body("code", equalTo("AWARD_APPRAISAL_INCOMPLETE"));
        board(id, "RETURNED", null, null).then().statusCode(422).body("code", equalTo("AWARD_PROPOSAL_REASON_REQUIRED"));
        board(id, "RETURNED", "Bổ sung báo cáo thành tích có xác nhận của cơ quan cấp trên", null).then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("items.outcome", contains(nullValue(), nullValue(), nullValue()))
                .body("history.to", contains("SUBMITTED", "APPRAISING", "RETURNED"))
                .body("history[2].reason", containsString("Bổ sung báo cáo"));
        Uploads.file(withToken("member"), "bao-cao-bo-sung.pdf", Uploads.PDF, itemsReport(id, items.get("member")))
                .post("/api/v1/award-proposals/{id}/items/{itemId}/achievement-reports", id, items.get("member")).then().statusCode(201);
        status(id, "leader", "SUBMITTED", null, null).then().statusCode(200);
        board(id, "APPRAISING", null, null).then().statusCode(200);
        appraise(id, items.get("leader"), "DOWNGRADED", "Chưa đủ hai năm liền dẫn đầu khối").then().statusCode(200);
        appraise(id, items.get("deputy"), "APPROVED", null).then().statusCode(200);
        appraise(id, items.get("member"), "APPROVED", null).then().statusCode(200);
        board(id, "DECIDED", null, null).then().statusCode(422).body("code", equalTo("AWARD_DECISION_REQUIRED"));
        Uploads.file(Api.raw(Actor.ADMIN), "quyet-dinh-khen-thuong.pdf", Uploads.PDF, null)
                .post("/api/v1/award-proposals/{id}/decision-files", id).then().statusCode(201);
        board(id, "DECIDED", null, decision()).then().statusCode(200).body("status", equalTo("DECIDED"))
                .body("decision.number", equalTo("215/QĐ-UBND"))
                .body("history.to", contains("SUBMITTED", "APPRAISING", "RETURNED", "SUBMITTED", "APPRAISING", "DECIDED"));
        Api.as(Actor.ADMIN).get("/api/v1/audit-events?entityType=AwardProposal&entityId={id}", id).then().statusCode(200)
                .body("items.operation", hasItem("TRANSITION"));
        board(id, "RETURNED", "Sai", null).then().statusCode(409).body("code", equalTo("AWARD_PROPOSAL_STATUS_STEP"));

        // decided: readable by everyone who sees the term, public without a token
        Api.as(Actor.VIEWER).get("/api/v1/award-proposals/{id}", id).then().statusCode(200);
        RestAssured.given().accept("application/json").get("/api/v1/public/awards?blocId={id}&year=2024", bloc).then().statusCode(200)
                .body("items", hasSize(3)).body("total", equalTo(3))
                .body("items.unit.id", containsInAnyOrder(units.get("leader").intValue(), units.get("deputy").intValue(),
                        units.get("member").intValue()))
                .body("items.find { it.unit.id == %d }.award".formatted(units.get("leader")), equalTo("CERTIFICATE"))
                .body("items.find { it.unit.id == %d }.downgraded".formatted(units.get("leader")), equalTo(true))
                .body("items[0].decision.number", equalTo("215/QĐ-UBND"));

        // ── the unit's awards through a merger: the successor lists its predecessor's, with the old name ──
        String successorName = "Sở Hợp nhất " + Fixtures.unique();
        long successor = Fixtures.unit().named(successorName).inProvince(province).create();
        Api.as(Actor.ADMIN).body(Map.of("kind", "MERGE", "effectiveDate", "2025-07-01", "decision", Fixtures.decision("88/QĐ-UBND", "2025-06-20"),
                "predecessorIds", List.of(units.get("leader"), units.get("extra")), "successorIds", List.of(successor)))
                .post("/api/v1/unit-successions").then().statusCode(201);
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}/awards", successor).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].unit.id", equalTo(units.get("leader").intValue()))
                .body("items[0].unit.name", containsString("Sở Thử nghiệm leader")).body("items[0].successorUnitId", equalTo((int) successor))
                .body("items[0].year", equalTo(2024)).body("items[0].awardLabel", equalTo("Bằng khen của Chủ tịch UBND tỉnh"));
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}/awards", units.get("member")).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].successorUnitId", nullValue());
        Api.raw(Actor.OTHER_ADMIN).get("/api/v1/units/{id}/awards", successor).then().statusCode(404);

        // ── the cover memo (NĐ 30/2020), the same bytes every time; the items as XLSX ──
        byte[] pdf = as("member").accept("*/*").get("/api/v1/award-proposals/{id}/cover-memo.pdf", id).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        byte[] same = Api.as(Actor.ADMIN).accept("*/*").get("/api/v1/award-proposals/{id}/cover-memo.pdf", id).then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(pdf, same, "the same data gives the same PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TỜ TRÌNH",
                    "Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Thái Nguyên", "Cờ thi đua của UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh",
                    "Sở Thử nghiệm leader", "Sở Thử nghiệm deputy", "1/7", "105,00", "Bình xét, suy tôn", "Hồ sơ kèm theo",
                    "biên bản kiểm phiếu số " + flagVote + ", " + certificateVote, "Báo cáo thành tích của 3 tập thể", "TM. KHỐI THI ĐUA", "TRƯỞNG KHỐI",
                    "Sở Thử nghiệm leader", "Số: /TTr-KTĐ")) {
                assertTrue(text.contains(expected), "the cover memo says «" + expected + "»: " + text);
            }
        }
        byte[] xlsx = Api.as(Actor.VIEWER).accept("*/*").get("/api/v1/award-proposals/{id}/items.xlsx", id).then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024", sheet.getRow(0).getCell(0).getStringCellValue());
            int header = 4;
            assertEquals("Tên tập thể", sheet.getRow(header).getCell(1).getStringCellValue());
            assertTrue(sheet.getRow(header + 1).getCell(1).getStringCellValue().contains("Sở Thử nghiệm leader"));
            assertEquals("Cờ thi đua của UBND tỉnh", sheet.getRow(header + 1).getCell(2).getStringCellValue());
            assertEquals(1.0, sheet.getRow(header + 1).getCell(3).getNumericCellValue(), 0.001);
            assertEquals("Bằng khen của Chủ tịch UBND tỉnh", sheet.getRow(header + 1).getCell(7).getStringCellValue());
        }
        Api.raw(Actor.ADMIN).header("If-Match", Fixtures.etag("/api/v1/restrictions/{id}", ended)).delete("/api/v1/restrictions/{id}", ended)
                .then().statusCode(204);
    }

    // ── helpers ────────────────────────────────────────────────────────────────────────────

    private RequestSpecification as(String key) {
        return Api.withToken(tokens.get(key));
    }

    private RequestSpecification withToken(String key) {
        return Api.raw(Actor.ANONYMOUS).header("Authorization", "Bearer " + tokens.get(key));
    }

    private io.restassured.response.Response addItem(long id, String by, String unit, String award) {
        return withToken(by).header("If-Match", Awards.etag(id)).body(Map.of("unitId", units.get(unit), "award", award))
                .post("/api/v1/award-proposals/{id}/items", id);
    }

    private io.restassured.response.Response status(long id, String by, String status, String reason, Map<String, Object> decision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (decision != null) {
            body.put("decision", decision);
        }
        return withToken(by).header("If-Match", Awards.etag(id)).body(body).post("/api/v1/award-proposals/{id}/status", id);
    }

    private static io.restassured.response.Response board(long id, String status, String reason, Map<String, Object> decision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (decision != null) {
            body.put("decision", decision);
        }
        return Api.raw(Actor.ADMIN).header("If-Match", Awards.etag(id)).body(body).post("/api/v1/award-proposals/{id}/status", id);
    }

    private static io.restassured.response.Response appraise(long id, long item, String outcome, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        if (reason != null) {
            body.put("reason", reason);
        }
        return Api.raw(Actor.ADMIN).header("If-Match", Awards.etag(id)).body(body)
                .put("/api/v1/award-proposals/{id}/items/{itemId}/appraisal", id, item);
    }

    private io.restassured.response.Response report(long id, long item, String by) {
        return Uploads.file(withToken(by), "bao-cao-thanh-tich.pdf", Uploads.PDF, null)
                .post("/api/v1/award-proposals/{id}/items/{itemId}/achievement-reports", id, item);
    }

    private static long itemsReport(long id, long item) {
        return Api.as(Actor.ADMIN).get("/api/v1/award-proposals/{id}/items/{itemId}/achievement-reports", id, item).jsonPath().getLong("[0].id");
    }

    /** The dossier's item ids by the unit's key. */
    private Map<String, Long> itemsOf(long id) {
        JsonPath json = Api.as(Actor.ADMIN).get("/api/v1/award-proposals/{id}", id).jsonPath();
        Map<String, Long> byKey = new LinkedHashMap<>();
        units.forEach((key, unit) -> {
            Long item = json.getObject("items.find { it.unit.id == %d }.id".formatted(unit), Long.class);
            if (item != null) {
                byKey.put(key, item);
            }
        });
        return byKey;
    }

    private static Map<String, Object> decision() {
        Map<String, Object> d = new LinkedHashMap<>(Fixtures.decision("215/QĐ-UBND", "2025-02-10"));
        d.put("title", "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể năm 2024");
        return d;
    }
}
