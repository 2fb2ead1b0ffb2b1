package vn.thidua.common.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The generated-document mechanism: NĐ 30/2020 layout on A4, the text exactly as given, fonts embedded. */
@QuarkusTest
class PdfDocumentsTest {

    @Inject
    PdfDocuments pdf;

    static final OfficialDocument MINUTES = new OfficialDocument(
            "UBND tỉnh Hà Nam", "Khối thi đua Kinh tế – Kỹ thuật", "Số: 05/BB-KTĐ", "Hà Nam",
            LocalDate.of(2013, 2, 5), "Biên bản", "Hội nghị tổng kết công tác thi đua năm 2012",
            List.of("Hôm nay, tại Sở Nông nghiệp và Phát triển nông thôn, Khối thi đua họp tổng kết.",
                    "Ý kiến: <b>không</b> & \"đồng ý\" — ỹ ữ ặ ẫ ợ đ Đ."),
            new OfficialDocument.Table(List.of(new OfficialDocument.Column("STT", 8),
                    new OfficialDocument.Column("Đơn vị", 0), new OfficialDocument.Column("Điểm", 15)),
                    List.of(List.of("1", "Sở Tài nguyên và Môi trường", "98,5"), List.of("2", "Sở Giao thông vận tải", "97"))),
            List.of(new OfficialDocument.Signature("TM. Khối thi đua", "Trưởng khối", "Sở Xây dựng")),
            List.of("Ban Thi đua - Khen thưởng tỉnh", "Lưu: VT"));

    @Test
    void theTextComesOutExactlyAsGivenDiacriticsAndMarkupIncluded() throws IOException {
        byte[] bytes = pdf.render(MINUTES);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "pdf-documents-test.pdf"), bytes); // to look at
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replace("\r\n", "\n");
            assertEquals("""
                    UBND TỈNH HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                    KHỐI THI ĐUA KINH TẾ – KỸ Độc lập - Tự do - Hạnh phúc
                    THUẬT
                    Số: 05/BB-KTĐ Hà Nam, ngày 05 tháng 02 năm 2013
                    BIÊN BẢN
                    Hội nghị tổng kết công tác thi đua năm 2012
                    Hôm nay, tại Sở Nông nghiệp và Phát triển nông thôn, Khối thi đua họp tổng kết.
                    Ý kiến: <b>không</b> & "đồng ý" — ỹ ữ ặ ẫ ợ đ Đ.
                    STT Đơn vị Điểm
                    1 Sở Tài nguyên và Môi trường 98,5
                    2 Sở Giao thông vận tải 97
                    Nơi nhận: TM. KHỐI THI ĐUA
                    - Ban Thi đua - Khen thưởng tỉnh; TRƯỞNG KHỐI
                    - Lưu: VT.
                    Sở Xây dựng
                    1/1
                    """, text);
        }
    }

    @Test
    void a4WithEveryFontEmbeddedAndNoneFromTheMachine() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(MINUTES))) {
            PDPage page = document.getPage(0);
            assertEquals(595.3, page.getMediaBox().getWidth(), 0.5, "A4 width in points");
            assertEquals(841.9, page.getMediaBox().getHeight(), 0.5, "A4 height in points");
            List<String> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("LiberationSerif"), font.getName() + " is the bundled serif");
            }
            assertTrue(fonts.size() >= 3, "regular, bold and italic faces: " + fonts);
        }
    }

    @Test
    void theDateLineFollowsTheDecreesZeroPadding() {
        assertEquals("Hà Nam, ngày 05 tháng 02 năm 2013", MINUTES.dateLine());
        OfficialDocument december = new OfficialDocument(null, "Khối", null, "Thái Nguyên", LocalDate.of(2026, 12, 15),
                "Danh sách", null, List.of(), null, List.of(), List.of());
        assertEquals("Thái Nguyên, ngày 15 tháng 12 năm 2026", december.dateLine());
        OfficialDocument march = new OfficialDocument(null, "Khối", null, "Bắc Ninh", LocalDate.of(2026, 3, 9),
                "Danh sách", null, List.of(), null, List.of(), List.of());
        assertEquals("Bắc Ninh, ngày 09 tháng 3 năm 2026", march.dateLine());
    }
}
