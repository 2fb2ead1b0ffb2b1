package vn.thidua.ranking;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.scheme.TieBreak;
import vn.thidua.unit.UnitRef;

@Schema(name = "RankingRow", description = "Thứ hạng của một đơn vị / one unit's place")
public record RankingRowData(
        @Schema(required = true, examples = "1") int position,
        @Schema(required = true) UnitRef unit,
        @Schema(required = true, examples = "97.25") BigDecimal total,
        @Schema(required = true, examples = "95.25", description = "Điểm các nhóm tiêu chí / the groups' points") BigDecimal counted,
        @Schema(required = true, examples = "3") BigDecimal bonus,
        @Schema(required = true, examples = "1") BigDecimal penalty,
        @Schema(required = true, description = "Điểm từng nhóm, theo thứ tự nhóm / points per group, in the groups' order")
        List<RankingGroupPoints> groups,
        @Schema(required = true, description = "Vi phạm tiêu chí loại trừ: không được đề nghị khen thưởng / met a disqualifier: cannot be proposed for awards")
        boolean disqualified,
        @Schema(description = "Bước đã phân định khi bằng điểm; không có: tổng điểm quyết định / the tie-break step that placed it; absent: the total did")
        TieBreak decidedBy,
        @Schema(required = true, description = "Nhóm bằng điểm đã đến bước biểu quyết / its tied set reached the members' vote") boolean voteReached,
        @Schema(required = true, description = "Còn chờ biểu quyết / still waits for the vote") boolean needsVote,
        @Schema(description = "Số phiếu biểu quyết đã ghi / the votes recorded") Integer votes,
        @Schema(description = "Thứ hạng năm trước (kể cả đơn vị tiền thân) / last year's place (predecessors included)") Integer lastYearPosition,
        @Schema(description = "Tổng điểm năm trước / last year's total") BigDecimal lastYearTotal) {

    @Schema(name = "RankingGroupPoints")
    public record RankingGroupPoints(@Schema(required = true, examples = "I") String code,
            @Schema(required = true, examples = "48.5") BigDecimal points) {
    }
}
