package vn.thidua.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.SeedCases;
import vn.thidua.support.TestClock;

/** The members of a term as a PDF: the seed term, its members in the list's order, its leader signing. */
@QuarkusTest
class TermRosterPdfTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSeedTermsRosterListsItsMembersAsTheApiDoesUnderTheProvinceAsNamedThen() throws IOException {
        clock.fixAt(Instant.parse("2026-02-04T03:00:00Z"));
        long term = SeedCases.termId("bk", 2023);
        Response pdf = Api.as(Actor.MEMBER_OFFICER).accept("application/pdf")
                .get("/api/v1/terms/{id}/memberships/roster.pdf", term);
        pdf.then().statusCode(200).contentType("application/pdf").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", startsWith("attachment; filename=\"Danh sach thanh vien "));
        List<String> lines = text(pdf.asByteArray());

        List<Map<String, Object>> members = Api.as(Actor.VIEWER)
                .get("/api/v1/terms/{id}/memberships?size=100", term).jsonPath().getList("items");
        Map<String, Object> data = Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", term).jsonPath().getMap("");
        String bloc = (String) data.get("blocName");
        assertTrue(lines.get(0).startsWith("UBND TỈNH BẮC KẠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), lines.get(0));
        assertTrue(lines.contains("DANH SÁCH"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Số:        /DS-KTĐ ")), "the number is left for the signer: " + lines);
        assertTrue(lines.contains("Thành viên " + bloc + " năm 2023"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("Bắc Kạn, ngày 04 tháng 02 năm 2026")), lines.toString());
        // a row starts "n Name…"; a long name wraps onto the lines after it, up to the next row
        List<String> rows = new ArrayList<>();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("STT Đơn vị Vai trò Ngày")).findFirst().orElse("?"));
        assertTrue(header > 0, "the table's header row: " + lines);
        for (String line : lines.subList(header + 1, lines.size())) {
            if (line.startsWith("Nơi nhận:")) {
                break;
            }
            if (line.matches("\\d+/\\d+")) {
                continue; // the page number
            }
            if (line.matches("^\\d+ .*")) {
                rows.add(line);
            } else if (!rows.isEmpty()) { // before the first row: the header's own wrapped line
                rows.set(rows.size() - 1, rows.get(rows.size() - 1) + " " + line);
            }
        }
        assertEquals(members.size(), rows.size(), "one row per member: " + rows);
        Map<String, String> roles = Map.of("LEADER", "Trưởng khối", "DEPUTY", "Phó trưởng khối", "MEMBER", "Thành viên");
        for (int i = 0; i < members.size(); i++) {
            Map<String, Object> m = members.get(i);
            @SuppressWarnings("unchecked")
            String unit = ((Map<String, Object>) m.get("unit")).get("name").toString();
            String joined = m.get("joinedOn").toString();
            String day = joined.substring(8, 10) + "/" + joined.substring(5, 7) + "/" + joined.substring(0, 4);
            String row = rows.get(i).replaceAll("\\s+", " ");
            assertTrue(row.startsWith((i + 1) + " "), row);
            assertTrue(row.contains(day), row + " ← " + m);
            for (String word : (unit + " " + roles.get(m.get("role").toString())).split("\\s+")) {
                assertTrue(row.contains(word), "row " + (i + 1) + " names " + unit + ": " + row);
            }
        }
        @SuppressWarnings("unchecked")
        String leader = ((Map<String, Object>) data.get("leader")).get("name").toString();
        assertTrue(lines.contains("TRƯỞNG KHỐI") || lines.stream().anyMatch(l -> l.endsWith("TRƯỞNG KHỐI")), lines.toString());
        assertEquals(leader, lines.get(lines.size() - 2), "the leader unit signs, above the page number");
        assertTrue(lines.get(lines.size() - 1).matches("(\\d+)/\\1"), "the last page's number: " + lines.get(lines.size() - 1));
    }

    @Test
    void anotherProvincesTermIsAsMissingAsAnUnknownOne() {
        long term = SeedCases.termId("bk", 2023);
        Api.as(Actor.OTHER_ADMIN).accept("application/pdf").get("/api/v1/terms/{id}/memberships/roster.pdf", term).then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("TERM_NOT_FOUND"));
        Api.as(Actor.ADMIN).accept("application/pdf").get("/api/v1/terms/{id}/memberships/roster.pdf", 987654321L)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("TERM_NOT_FOUND"));
    }

    private static List<String> text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }
}
