package vn.thidua.sheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringRound", description = "Đợt chấm điểm của năm thi đua và các bảng chấm / the term's scoring round and its sheets")
public record ScoringRoundData(
        @Schema(required = true) Long id,
        @Schema(required = true) Long termId,
        @Schema(required = true) int termYear,
        @Schema(required = true) String blocName,
        @Schema(required = true) Long schemeId,
        @Schema(required = true) String schemeTitle,
        @Schema(required = true) int schemeVersionNo,
        @Schema(required = true) RoundStatus status,
        @Schema(required = true) LocalDate selfDeadline,
        @Schema(required = true) Aggregation aggregation,
        @Schema(required = true) BigDecimal deviationThreshold,
        @Schema(required = true) List<SheetSummary> sheets,
        @Schema(required = true) long version,
        @Schema(required = true, description = "ASSIGN_REVIEWERS, START_REVIEW, CLOSE_REVIEW, CONSOLIDATE_ALL, FINALIZE_ALL") List<String> permissions) {

    /**
     * What the round's ETag hashes: neither the caller's permissions nor the deviation counts, which move with
     * every review draft saved and would otherwise fail the managers' next round write with 412.
     */
    public ScoringRoundData shared() {
        return new ScoringRoundData(id, termId, termYear, blocName, schemeId, schemeTitle, schemeVersionNo, status, selfDeadline,
                aggregation, deviationThreshold, sheets.stream().map(SheetSummary::withoutDeviations).toList(), version, null);
    }

    @Schema(name = "ScoreSheetSummary", description = "Một bảng chấm trong danh sách; điểm chỉ hiện với người được xem / totals only where visible")
    public record SheetSummary(
            @Schema(required = true) Long id,
            @Schema(required = true) Long unitId,
            @Schema(required = true) String unitName,
            @Schema(required = true) SheetStatus status,
            @Schema(required = true) boolean late,
            Instant submittedAt,
            BigDecimal selfTotal,
            BigDecimal finalTotal,
            @Schema(required = true) List<SheetData.Reviewer> reviewers,
            @Schema(required = true, description = "Bảng của đơn vị người gọi / the caller's own unit's sheet") boolean mine,
            @Schema(description = "Phần chấm của người gọi trên bảng này / the caller's review of this sheet") Long myReviewId,
            @Schema(description = "Số tiêu chí có điểm chấm chéo lệch quá ngưỡng so với điểm tự chấm; chỉ Trưởng khối, Phó trưởng khối "
                    + "và Ban TĐKT thấy / criteria whose review deviates beyond the threshold; the managers and the Board only")
            Integer deviatingCriteria) {

        SheetSummary withoutDeviations() {
            return new SheetSummary(id, unitId, unitName, status, late, submittedAt, selfTotal, finalTotal, reviewers, mine, myReviewId, null);
        }
    }
}
