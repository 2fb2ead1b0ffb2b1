package vn.thidua.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.ProblemKind;
import vn.thidua.common.text.SearchText;
import vn.thidua.common.web.ETags;
import vn.thidua.term.TermStatus;

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

    @ParameterizedTest
    @CsvSource({ "\"3\", 3", "W/\"12\", 12", "7, 7" })
    void readsTheVersionFromIfMatch(String header, long version) {
        assertEquals(version, ETags.requiredVersion(header));
    }

    @Test
    void aMissingIfMatchIs428AndAForeignOneIs412() {
        assertEquals(ProblemKind.PRECONDITION_REQUIRED,
                assertThrows(DomainException.class, () -> ETags.requiredVersion(null)).kind());
        assertEquals(ProblemKind.PRECONDITION_REQUIRED,
                assertThrows(DomainException.class, () -> ETags.requiredVersion(" ")).kind());
        assertEquals(ProblemKind.PRECONDITION_FAILED,
                assertThrows(DomainException.class, () -> ETags.requiredVersion("\"abc\"")).kind());
        assertEquals(ProblemKind.PRECONDITION_FAILED,
                assertThrows(DomainException.class, () -> ETags.check(4, 3)).kind());
    }

    @Test
    void termsMoveOneStepAtATime() {
        assertEquals(TermStatus.ACTIVE, TermStatus.PLANNING.next());
        assertEquals(TermStatus.SCORING, TermStatus.ACTIVE.next());
        assertEquals(TermStatus.RESULTS_CONFIRMED, TermStatus.SCORING.next());
        assertEquals(TermStatus.CLOSED, TermStatus.RESULTS_CONFIRMED.next());
        assertNull(TermStatus.CLOSED.next());
    }
}
