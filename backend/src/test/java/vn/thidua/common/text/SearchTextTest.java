package vn.thidua.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The search form of names and queries: what LIKE compares in the database (docs/adr/0008). */
class SearchTextTest {

    /** Whether a query finds a name the way the database's LIKE will. */
    private static boolean finds(String query, String name, String shortName) {
        String pattern = SearchText.matchPattern(query);
        String core = pattern.substring(1, pattern.length() - 1);
        return SearchText.index(name, shortName).contains(core);
    }

    @Test
    void abbreviationsAndFullNamesWithAndWithoutDiacriticsMeet() {
        String snn = "Sở Nông nghiệp và Phát triển nông thôn";
        for (String query : List.of("NN&PTNT", "nnptnt", "Sở NN&PTNT", "nông nghiệp và phát triển nông thôn",
                "nong nghiep va phat trien", "NN và PTNT", "PTNT", "nn&pt")) {
            assertTrue(finds(query, snn, null), query);
        }
        assertTrue(finds("BQL", "Ban Quản lý các khu công nghiệp", null));
        assertTrue(finds("BQL các KCN", "Ban Quản lý các khu công nghiệp", null));
        assertTrue(finds("tai nguyen", "Sở Tài nguyên và Môi trường", null));
        assertTrue(finds("TN&MT", "Sở Tài nguyên và Môi trường", null));
        assertTrue(finds("KH&CN", "Sở Khoa học và Công nghệ", null));
        assertTrue(finds("GTVT", "Sở Giao thông Vận tải", null));
        assertTrue(finds("so gtvt", "Sở Giao thông vận tải", null));
        assertTrue(finds("LĐTB&XH", "Sở Lao động - Thương binh và Xã hội", null));
        assertTrue(finds("LĐ-TB&XH", "Sở Lao động – Thương binh và Xã hội", null));
        assertTrue(finds("VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch", null));
        assertTrue(finds("vhttdl", "Sở Văn hoá, Thể thao và Du lịch", null));
        assertTrue(finds("UBND", "Văn phòng Ủy ban nhân dân tỉnh", null));
        assertTrue(finds("uy ban nhan dan", "Văn phòng UBND tỉnh", null));
        assertTrue(finds("KT-KT", "Khối thi đua Kinh tế – Kỹ thuật", null));
        assertTrue(finds("kinh te ky thuat", "Khối thi đua Kinh tế – Kỹ thuật", null));
        // The seed's short form of the Bắc Kạn deputy, and its full name, find the unit either way.
        String bqlda = "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn";
        String shortForm = "Ban QLDA đầu tư xây dựng công trình NN&PTNT";
        assertTrue(finds(shortForm, bqlda, null));
        assertTrue(finds(bqlda, "Ban QLDA", shortForm));
        assertTrue(finds("QLDA", bqlda, null));
    }

    @Test
    void abbreviationsAreWholeTokensAndOtherWordsStayThemselves() {
        assertFalse(finds("GTVT", "Sở Xây dựng", null));
        assertFalse(finds("tai nguyen", "Sở Nông nghiệp và Phát triển nông thôn", null));
        assertEquals("so xay dung", SearchText.index("Sở Xây dựng"));
        assertEquals("ban quan ly cac khu cong nghiep | bql kcn", SearchText.index("Ban Quản lý các khu công nghiệp"));
        // "kcn" inside a word is no abbreviation; LIKE wildcards are no word characters, so never reach the pattern.
        assertEquals("xkcnx", SearchText.index("xkcnx"));
        assertEquals("%100%", SearchText.matchPattern("100%_"));
        assertEquals("%\\%%", SearchText.matchPattern("%"));
    }

    @Test
    void theIndexFitsItsColumn() {
        String longName = "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn ".repeat(4);
        assertTrue(SearchText.index(longName.substring(0, 255), longName.substring(0, 100)).length()
                <= SearchText.INDEX_LENGTH);
    }
}
