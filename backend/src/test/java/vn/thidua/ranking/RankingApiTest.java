package vn.thidua.ranking;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.thidua.sheet.RoundStatus;
import vn.thidua.sheet.SheetStatus;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Rankings;
import vn.thidua.support.SeedCases;

/**
 * Rankings through HTTP with real tokens on a Bắc Kạn bloc of its own over two years (Rankings: the
 * rounds and their FINAL sheets are setup). 2013 is published; in 2014 Sở NN&PTNT leads while disqualified,
 * three units tie at 87: the first group places Sở TN&MT last of them, Sở Xây dựng and Sở Công Thương go to
 * the members' vote; last year's places come through unit successions (Sở Xây dựng succeeded Sở GTVT).
 */
@QuarkusTest
class RankingApiTest {

    @Test
    void aRankingIsComputedVotedConfirmedAndPublishedWithLastYearThroughSuccessions() throws Exception {
        long[] terms = Rankings.bloc(2);
        // 2013: Sở GTVT first (it merged into Sở Xây dựng later)
        Rankings.members(terms[0], Map.of("BKN.SCT", "LEADER", "BKN.STNMT", "DEPUTY", "BKN.SGTVT", "MEMBER", "BKN.SNNPTNT", "MEMBER"));
        long scheme0 = Rankings.adoptedScheme(terms[0], Map.of());
        long round0 = Rankings.round(terms[0], scheme0, RoundStatus.REVIEW_CLOSED, SheetStatus.FINAL, Map.of(
                "BKN.SGTVT", Rankings.points(30, 20, 10, 35, 0, 0, false), "BKN.SCT", Rankings.points(30, 20, 10, 30, 0, 0, false),
                "BKN.STNMT", Rankings.points(30, 15, 10, 30, 0, 0, false), "BKN.SNNPTNT", Rankings.points(30, 10, 10, 30, 0, 0, false)));
        long last = Rankings.compute(Actor.ADMIN, round0).then().statusCode(200).extract().jsonPath().getLong("id");
        Rankings.move(Actor.ADMIN, last, "CONFIRMED");
        Rankings.move(Actor.ADMIN, last, "PUBLISHED");

        // 2014
        Rankings.members(terms[1], Rankings.MEMBERS);
        long scheme = Rankings.adoptedScheme(terms[1], Map.of("scoreFloor", 10));
        long round = Rankings.round(terms[1], scheme, RoundStatus.REVIEWING, SheetStatus.CONSOLIDATED, Map.of(
                "BKN.SXD", Rankings.points(30, 15, 5, 35, 2, 0, false), "BKN.SCT", Rankings.points(30, 15, 5, 37, 0, 0, false),
                "BKN.STNMT", Rankings.points(25, 15, 5, 40, 3, 1, false), "BKN.SNNPTNT", Rankings.points(30, 20, 10, 40, 0, 5, true)));
        Api.raw(Actor.LEADER_OFFICER).post("/api/v1/scoring-rounds/{id}/ranking", round).then().statusCode(409)
                .body("code", equalTo("RANKING_ROUND_NOT_CLOSED"));
        Rankings.finalise(round);
        // one sheet back to CONSOLIDATED: refused, naming the unit
        setSheet(round, "BKN.SCT", "CONSOLIDATED");
        Api.raw(Actor.LEADER_OFFICER).post("/api/v1/scoring-rounds/{id}/ranking", round).then().statusCode(422)
                .body("code", equalTo("RANKING_SHEETS_NOT_FINAL")).body("detail", containsString("Sở Công Thương"));
        setSheet(round, "BKN.SCT", "FINAL");
        Api.raw(Actor.MEMBER_OFFICER).post("/api/v1/scoring-rounds/{id}/ranking", round).then().statusCode(403)
                .body("code", equalTo("TERM_MANAGERS_ONLY"));

        JsonPath computed = Api.as(Actor.LEADER_OFFICER).post("/api/v1/scoring-rounds/{id}/ranking", round).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("needsVote", equalTo(true)).body("scoreFloor", equalTo(10.0f))
                .body("groups.code", contains("I", "II"))
                .body("rows[0].unit.code", equalTo("BKN.SNNPTNT")).body("rows[0].total", equalTo(95.0f))
                .body("rows[0].disqualified", equalTo(true)).body("rows[0].decidedBy", nullValue())
                .body("rows[3].unit.code", equalTo("BKN.STNMT")).body("rows[3].decidedBy", equalTo("FIRST_GROUP"))
                .body("rows[3].total", equalTo(87.0f)).body("rows[3].needsVote", equalTo(false))
                .body("rows[1].needsVote", equalTo(true)).body("rows[2].needsVote", equalTo(true)).body("rows[1].decidedBy", equalTo("LOT"))
                .body("rows.find { it.unit.code == 'BKN.SXD' }.lastYearPosition", equalTo(1))
                .body("rows.find { it.unit.code == 'BKN.SXD' }.lastYearTotal", equalTo(95.0f))
                .body("rows.find { it.unit.code == 'BKN.SNNPTNT' }.lastYearPosition", equalTo(4))
                .body("rows.find { it.unit.code == 'BKN.SNNPTNT' }.groups.points", contains(60.0f, 40.0f))
                .body("permissions", contains("COMPUTE", "RECORD_TIE_VOTES")).extract().jsonPath();
        long id = computed.getLong("id");
        List<String> provisional = computed.getList("rows.unit.code");
        long seed = Rankings.lotSeed(id);

        // recomputing keeps the seed, so the provisional draw stays
        Api.raw(Actor.LEADER_OFFICER).post("/api/v1/scoring-rounds/{id}/ranking", round).then().statusCode(428);
        Rankings.compute(Actor.DEPUTY_OFFICER, round).then().statusCode(403);
        Rankings.compute(Actor.LEADER_OFFICER, round).then().statusCode(200).body("rows.unit.code", equalTo(provisional));
        assertEquals(seed, Rankings.lotSeed(id));

        // before publication: the Board (audited) and the managers; members and others 404, as for nothing
        Api.as(Actor.ADMIN).get("/api/v1/scoring-rounds/{id}/ranking", round).then().statusCode(200);
        Api.as(Actor.ADMIN).get("/api/v1/audit-events?entityType=Ranking&entityId={id}", id).then().statusCode(200)
                .body("items.operation", hasItem("READ"));
        for (Actor reader : List.of(Actor.MEMBER_OFFICER, Actor.OTHER_BLOC_OFFICER, Actor.VIEWER, Actor.NATIONAL)) {
            Api.raw(reader).get("/api/v1/rankings/{id}", id).then().statusCode(404).body("code", equalTo("RANKING_NOT_FOUND"));
        }
        Api.raw(Actor.MEMBER_OFFICER).get("/api/v1/scoring-rounds/{id}/ranking", round).then().statusCode(404);
        Api.raw(Actor.MEMBER_OFFICER).accept("*/*").get("/api/v1/rankings/{id}/summary.xlsx", id).then().statusCode(404);
        Api.raw(Actor.ANONYMOUS).get("/api/v1/public/rankings/{id}", id).then().statusCode(404).body("code", equalTo("RANKING_NOT_FOUND"));

        // the vote: refused while missing, only for tied units that reached it
        status(id, "CONFIRMED", 409, "RANKING_TIE_VOTE_NEEDED");
        votes(id, List.of(Map.of("unitId", SeedCases.unitId("BKN.STNMT"), "votes", 4)), 422, "RANKING_TIE_VOTE_NOT_TIED");
        Api.as(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/rankings/{id}", id))
                .body(Map.of("votes", List.of(Map.of("unitId", SeedCases.unitId("BKN.SXD"), "votes", 3),
                        Map.of("unitId", SeedCases.unitId("BKN.SCT"), "votes", 5))))
                .put("/api/v1/rankings/{id}/tie-votes", id).then().statusCode(200).body("needsVote", equalTo(false))
                .body("rows.unit.code", contains("BKN.SNNPTNT", "BKN.SCT", "BKN.SXD", "BKN.STNMT"))
                .body("rows[1].decidedBy", equalTo("MEMBER_VOTE")).body("rows[1].votes", equalTo(5))
                .body("rows[2].lastYearPosition", equalTo(1)).body("permissions", contains("COMPUTE", "CONFIRM", "RECORD_TIE_VOTES"));
        Rankings.move(Actor.LEADER_OFFICER, id, "CONFIRMED");
        votes(id, List.of(Map.of("unitId", SeedCases.unitId("BKN.SXD"), "votes", 9)), 409, "RANKING_FROZEN");
        Rankings.compute(Actor.LEADER_OFFICER, round).then().statusCode(409).body("code", equalTo("RANKING_FROZEN"));
        status(id, "DRAFT", 409, "RANKING_STATUS_STEP");
        Rankings.move(Actor.ADMIN, id, "PUBLISHED");

        // published: everyone who sees the term, and the public without a token
        Api.as(Actor.MEMBER_OFFICER).get("/api/v1/rankings/{id}", id).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("permissions", equalTo(List.of()));
        Api.as(Actor.OTHER_BLOC_OFFICER).get("/api/v1/scoring-rounds/{id}/ranking", round).then().statusCode(200);
        Api.raw(Actor.OTHER_PROVINCE_OFFICER).get("/api/v1/rankings/{id}", id).then().statusCode(404);
        io.restassured.RestAssured.given().accept("application/json").get("/api/v1/public/rankings/{id}", id).then().statusCode(200)
                .body("rows.unit.code", contains("BKN.SNNPTNT", "BKN.SCT", "BKN.SXD", "BKN.STNMT"))
                .body("permissions", nullValue()).body("rows[0].total", equalTo(95.0f));

        // the summary as XLSX: values, formulas, and the formulas give the totals (the floor applied)
        byte[] xlsx = Api.as(Actor.MEMBER_OFFICER).accept("*/*").get("/api/v1/rankings/{id}/summary.xlsx", id).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM " + (2014 - 2014 + yearOf(terms[1])),
                    sheet.getRow(0).getCell(0).getStringCellValue());
            int header = 4; // three title lines (the floor's too), a blank line
            assertEquals("Đơn vị", sheet.getRow(header).getCell(1).getStringCellValue());
            assertEquals("Tổng điểm", sheet.getRow(header).getCell(6).getStringCellValue());
            XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            double[] totals = { 95, 87, 87, 87 };
            for (int i = 0; i < 4; i++) {
                Row row = sheet.getRow(header + 1 + i);
                assertEquals(i + 1, (int) row.getCell(0).getNumericCellValue());
                assertEquals(CellType.FORMULA, row.getCell(6).getCellType());
                int excelRow = header + 2 + i;
                assertEquals("MAX(SUM(C%1$d:D%1$d)+E%1$d-F%1$d,MIN(SUM(C%1$d:D%1$d)+E%1$d,10))".formatted(excelRow),
                        row.getCell(6).getCellFormula());
                assertEquals(totals[i], evaluator.evaluate(row.getCell(6)).getNumberValue(), 0.001);
            }
            assertEquals("Sở Nông nghiệp và Phát triển nông thôn", sheet.getRow(header + 1).getCell(1).getStringCellValue());
            assertEquals(60.0, sheet.getRow(header + 1).getCell(2).getNumericCellValue(), 0.001);
            assertEquals(5.0, sheet.getRow(header + 1).getCell(5).getNumericCellValue(), 0.001);
            assertEquals(1.0, sheet.getRow(header + 3).getCell(7).getNumericCellValue(), 0.001); // Sở Xây dựng: Sở GTVT's 2013 place
            // the floor's formula reproduces the rule: a penalty larger than the points stops at the floor
            sheet.getRow(header + 1).getCell(5).setCellValue(200);
            evaluator.clearAllCachedResultValues();
            assertEquals(10.0, evaluator.evaluate(sheet.getRow(header + 1).getCell(6)).getNumberValue(), 0.001);
        }

        // the summary as a PDF (NĐ 30/2020), the same bytes every time
        byte[] pdf = Api.as(Actor.VIEWER).accept("*/*").get("/api/v1/rankings/{id}/summary.pdf", id).then().statusCode(200)
                .extract().asByteArray();
        byte[] again = Api.as(Actor.LEADER_OFFICER).accept("*/*").get("/api/v1/rankings/{id}/summary.pdf", id).then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(pdf, again, "the same data gives the same PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM " + yearOf(terms[1]), "Sở Nông nghiệp và Phát triển nông thôn",
                    "Sở Công Thương", "Sở Xây dựng", "Sở Tài nguyên và Môi trường", "95,00", "87,00", "Nhất", "Nhì", "TRƯỞNG KHỐI",
                    "TM. KHỐI THI ĐUA", "vi phạm tiêu chí loại trừ")) {
                assertTrue(text.contains(expected), "the PDF says «" + expected + "»: " + text);
            }
        }
    }

    // ── helpers ────────────────────────────────────────────────────────────────────────────

    private static int yearOf(long term) {
        return Api.as(Actor.ADMIN).get("/api/v1/terms/{id}", term).jsonPath().getInt("year");
    }

    private static void status(long id, String status, int expected, String code) {
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/rankings/{id}", id)).body(Map.of("status", status))
                .post("/api/v1/rankings/{id}/status", id).then().statusCode(expected).body("code", equalTo(code));
    }

    private static void votes(long id, List<Map<String, Object>> votes, int expected, String code) {
        Api.raw(Actor.LEADER_OFFICER).header("If-Match", Fixtures.etag("/api/v1/rankings/{id}", id)).body(Map.of("votes", votes))
                .put("/api/v1/rankings/{id}/tie-votes", id).then().statusCode(expected).body("code", equalTo(code));
    }

    private static void setSheet(long round, String unitCode, String status) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container()
                .instance(jakarta.persistence.EntityManager.class).get()
                .createNativeQuery("update score_sheet set status = ?1 where round_id = ?2 and unit_id = ?3").setParameter(1, status)
                .setParameter(2, round).setParameter(3, SeedCases.unitId(unitCode)).executeUpdate());
    }
}
