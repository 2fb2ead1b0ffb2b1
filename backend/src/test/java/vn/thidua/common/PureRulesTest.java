package vn.thidua.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.ProblemKind;
import vn.thidua.common.text.SearchText;
import vn.thidua.common.web.IfMatch;

/** Plain JUnit for the small pure rules the API relies on. */
class PureRulesTest {

    @ParameterizedTest
    @CsvSource({
            "Sở Xây dựng, so xay dung",
            "Quỹ Đầu tư phát triển tỉnh, quy dau tu phat trien tinh",
            "'  Ban QLDA   NN&PTNT ', ban qlda nn&ptnt",
            "Cục Dự trữ Nhà nước khu vực Hà Bắc, cuc du tru nha nuoc khu vuc ha bac",
            "ĐẮK LẮK, dak lak" })
    void foldsVietnameseForSearch(String text, String folded) {
        assertEquals(folded, SearchText.fold(text));
    }

    @Test
    void likePatternsEscapeWildcards() {
        assertEquals("%50\\% \\_ x%", SearchText.containsPattern("50% _ X"));
    }

    /** RFC 9110 §13.1.1 with strong comparison: weak tags never match; unquoted forms are not tags at all. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "*|true", "\"abc\"|true", "\"x\", \"abc\"|true", "\"x\",\"abc\" |true",
            "W/\"abc\"|false", "\"ABC\"|false", "\"00\"|false" })
    void ifMatchComparesStrongly(String header, boolean matches) {
        assertEquals(matches, IfMatch.parse(header).matches(new jakarta.ws.rs.core.EntityTag("abc")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "abc", "0", "+0", "\"abc", "\"abc\" x", "W/abc", "\"a\" \"b\"", "**", "\"abc \"" })
    void malformedIfMatchIs400(String header) {
        assertEquals(ProblemKind.BAD_REQUEST, assertThrows(DomainException.class, () -> IfMatch.parse(header)).kind());
    }

    @Test
    void aMissingIfMatchIs428AndAForeignOneIs412() {
        assertEquals(ProblemKind.PRECONDITION_REQUIRED,
                assertThrows(DomainException.class, () -> IfMatch.parse(null)).kind());
        assertEquals(ProblemKind.PRECONDITION_REQUIRED,
                assertThrows(DomainException.class, () -> IfMatch.parse(" ")).kind());
        assertEquals(ProblemKind.PRECONDITION_FAILED, assertThrows(DomainException.class,
                () -> IfMatch.parse("\"abc\"").require(new jakarta.ws.rs.core.EntityTag("xyz"))).kind());
    }
}
