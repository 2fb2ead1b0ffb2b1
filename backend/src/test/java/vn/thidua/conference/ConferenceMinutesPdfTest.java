package vn.thidua.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.SeedCases;

/** The seed conferences' minutes, as the server writes them from what was recorded; the text compared exactly. */
@QuarkusTest
class ConferenceMinutesPdfTest {

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replace("\r\n", "\n");
        }
    }

    private static byte[] minutes(Actor actor, long conference) throws IOException {
        byte[] pdf = Api.as(actor).accept("application/pdf").get("/api/v1/conferences/{id}/minutes.pdf", conference).then()
                .statusCode(200).header("Content-Type", "application/pdf").extract().asByteArray();
        Files.write(Path.of("target", "minutes-" + conference + ".pdf"), pdf); // to look at
        return pdf;
    }

    @Test
    void bacKanMidYearReview2023() throws IOException {
        long id = SeedCases.conferenceId("bk", 2023, "MID_YEAR_REVIEW");
        assertEquals(BAC_KAN, text(minutes(Actor.MEMBER_OFFICER, id)));
    }

    @Test
    void haNamMidYearReview2013() throws IOException {
        long id = SeedCases.conferenceId("hn", 2013, "MID_YEAR_REVIEW");
        assertEquals(HA_NAM, text(minutes(Actor.NB_ADMIN, id)));
    }

    static final String BAC_KAN = """
            UBND TỈNH BẮC KẠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            KHỐI THI ĐUA KINH TẾ – KỸ Độc lập - Tự do - Hạnh phúc
            THUẬT
            Số:        /BB-KTĐ Bắc Kạn, ngày 06 tháng 7 năm 2023
            BIÊN BẢN
            Hội nghị sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm,
            phương hướng nhiệm vụ 6 tháng cuối năm 2023
            Thời gian: ngày 06/07/2023.
            Địa điểm: Hội trường Ban quản lý dự án đầu tư xây dựng công trình nông nghiệp
            và phát triển nông thôn tỉnh.
            Chủ trì: Bà Hoàng Thị Thúy – Giám đốc Sở Xây dựng.
            I. THÀNH PHẦN THAM DỰ
            Đơn vị thành viên có mặt: 11/11 đơn vị; đơn vị có đại biểu biểu quyết: 0.
            STT Đơn vị Đại biểu Chức vụ Biểu
            quyết
            1 Sở Xây dựng Bà Hoàng Thị Giám đốc
            Thúy
            2 Ban Quản lý dự án đầu tư xây dựng Ông Đinh Huy Giám đốc
            công trình nông nghiệp và phát triển Hoàng
            nông thôn
            3 Sở Nông nghiệp và Phát triển nông (không rõ)
            thôn
            4 Sở Công Thương (không rõ)
            5 Sở Tài nguyên và Môi trường (không rõ)
            6 Sở Giao thông Vận tải (không rõ)
            7 Ban Quản lý dự án đầu tư xây dựng (không rõ)
            công trình giao thông
            8 Ban Quản lý dự án đầu tư xây dựng (không rõ)
            tỉnh
            9 Ban Quản lý các khu công nghiệp (không rõ)
            10 Quỹ Phát triển đất, rừng và Bảo vệ (không rõ)
            môi trường
            11 Ban Quản lý Vườn Quốc gia Ba Bể (không rõ)
            II. NỘI DUNG VÀ KẾT LUẬN
            1/2
            1. Báo cáo kết quả triển khai thực hiện các nhiệm vụ chính trị, phong trào thi đua
            trong 6 tháng đầu năm 2023 của các thành viên trong khối
            Kết luận: Hội nghị đã thông qua báo cáo.
            2. Phương hướng nhiệm vụ 6 tháng cuối năm 2023
            Kết luận: Các đơn vị trong Khối tiếp tục tổ chức các phong trào thi đua yêu nước
            gắn với nội dung trọng tâm là thực hiện thắng lợi kế hoạch phát triển kinh tế – xã hội;
            nâng cao chất lượng công tác khen thưởng; đẩy mạnh công tác tuyên truyền, nhân
            rộng các điển hình tiên tiến, gương người tốt, việc tốt trên các phương tiện thông tin
            đại chúng bằng nhiều hình thức đa dạng, phong phú.
            THƯ KÝ CHỦ TRÌ HỘI NGHỊ
            Bà Hoàng Thị Thúy
            2/2
            """;

    static final String HA_NAM = """
            UBND TỈNH HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            KHỐI THI ĐUA KINH TẾ Độc lập - Tự do - Hạnh phúc
            NGÀNH
            Số:        /BB-KTĐ Hà Nam, ngày 17 tháng 7 năm 2013
            BIÊN BẢN
            Hội nghị sơ kết công tác thi đua 6 tháng đầu năm, triển khai nhiệm vụ 6
            tháng cuối năm 2013
            Thời gian: ngày 17/07/2013.
            Địa điểm: Sở Tài nguyên và Môi trường.
            Chủ trì: Ông Lê Văn Quyết – Tỉnh ủy viên, Giám đốc Sở Công Thương, Trưởng
            Khối thi đua kinh tế ngành.
            I. THÀNH PHẦN THAM DỰ
            Đơn vị thành viên có mặt: 8/8 đơn vị; đơn vị có đại biểu biểu quyết: 0.
            Khách mời: Đại diện Ban Thi đua Khen thưởng tỉnh.
            STT Đơn vị Đại biểu Chức vụ Biểu
            quyết
            1 Sở Công Thương Ông Lê Văn Tỉnh ủy viên,\s
            Quyết Giám đốc
            2 Sở Tài nguyên và Môi trường Ông Vũ Hữu Song Tỉnh ủy viên,\s
            Giám đốc
            3 Sở Xây dựng (không rõ)
            4 Sở Thông tin và Truyền thông (không rõ)
            5 Sở Khoa học và Công nghệ (không rõ)
            6 Sở Giao thông Vận tải (không rõ)
            7 Sở Nông nghiệp và Phát triển nông (không rõ)
            thôn
            8 Ban Quản lý các khu công nghiệp (không rõ)
            II. NỘI DUNG VÀ KẾT LUẬN
            1. Sơ kết công tác thi đua 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng
            cuối năm
            Kết luận: Các đại biểu đóng góp vào nội dung, bố cục bản dự thảo báo cáo; đánh
            giá kết quả công tác thi đua 6 tháng đầu năm của khối, của từng đơn vị thành viên; bàn
            bạc, đề xuất giải pháp tháo gỡ khó khăn, thực hiện tốt nhiệm vụ chuyên môn và các
            phong trào thi đua.
            1/2
            2. Xây dựng tiêu chí thi đua và bình xét thi đua từng đơn vị trong khối
            Kết luận: Hội nghị xây dựng thống nhất tiêu chí thi đua và bình xét thi đua từng
            đơn vị trong khối.
            3. Kết luận hội nghị
            Kết luận: Trưởng khối ghi nhận sự đoàn kết, thống nhất trong chỉ đạo, tổ chức
            thực hiện phong trào thi đua của khối, các đơn vị thành viên; đề nghị các đơn vị trong
            khối tăng cường sự phối hợp, đoàn kết hơn nữa, phấn đấu hoàn thành xuất sắc các chỉ
            tiêu thi đua năm 2013.
            THƯ KÝ CHỦ TRÌ HỘI NGHỊ
            Ông Lê Văn Quyết
            2/2
            """;
}
