package vn.thidua.membership;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.thidua.common.document.Spreadsheets;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.SeedCases;

/** The members of a term as XLSX: one row per membership in the API's order, real dates, an attachment. */
@QuarkusTest
class TermRosterXlsxTest {

    @Test
    void theSeedTermsRosterHasTheApisMembersWithRealDates() throws IOException {
        long term = SeedCases.termId("bk", 2023);
        Response xlsx = Api.as(Actor.MEMBER_OFFICER).accept(Spreadsheets.MEDIA_TYPE)
                .get("/api/v1/terms/{id}/memberships/roster.xlsx", term);
        xlsx.then().statusCode(200).contentType(Spreadsheets.MEDIA_TYPE).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", startsWith("attachment; filename=\"Danh sach thanh vien "));
        List<Map<String, Object>> members = Api.as(Actor.VIEWER)
                .get("/api/v1/terms/{id}/memberships?size=100", term).jsonPath().getList("items");
        String bloc = Api.as(Actor.VIEWER).get("/api/v1/terms/{id}", term).jsonPath().getString("blocName");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("DANH SÁCH THÀNH VIÊN " + bloc.toUpperCase(java.util.Locale.forLanguageTag("vi")) + " NĂM 2023",
                    sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("UBND tỉnh Bắc Kạn", sheet.getRow(1).getCell(0).getStringCellValue());
            Row header = sheet.getRow(3);
            assertEquals(List.of("STT", "Mã đơn vị", "Đơn vị", "Vai trò", "Ngày tham gia", "Ngày rời khối", "Lý do rời khối"),
                    java.util.stream.IntStream.range(0, 7).mapToObj(c -> header.getCell(c).getStringCellValue()).toList());
            assertEquals(members.size(), sheet.getLastRowNum() - 3, "one row per member");
            Map<String, String> roles = Map.of("LEADER", "Trưởng khối", "DEPUTY", "Phó trưởng khối", "MEMBER", "Thành viên");
            for (int i = 0; i < members.size(); i++) {
                Map<String, Object> m = members.get(i);
                @SuppressWarnings("unchecked")
                Map<String, Object> unit = (Map<String, Object>) m.get("unit");
                Row row = sheet.getRow(4 + i);
                assertEquals(i + 1, (int) row.getCell(0).getNumericCellValue());
                assertEquals(unit.get("code"), row.getCell(1).getStringCellValue());
                assertEquals(unit.get("name"), row.getCell(2).getStringCellValue());
                assertEquals(roles.get(m.get("role").toString()), row.getCell(3).getStringCellValue());
                assertEquals(LocalDate.parse(m.get("joinedOn").toString()),
                        row.getCell(4).getLocalDateTimeCellValue().toLocalDate());
            }
        }
    }

    @Test
    void anotherProvincesTermIsAsMissingAsAnUnknownOne() {
        Api.as(Actor.OTHER_ADMIN).accept(Spreadsheets.MEDIA_TYPE)
                .get("/api/v1/terms/{id}/memberships/roster.xlsx", SeedCases.termId("bk", 2023)).then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("TERM_NOT_FOUND"));
    }
}
