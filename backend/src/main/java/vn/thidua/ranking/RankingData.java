package vn.thidua.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.scheme.TieBreak;

@Schema(name = "Ranking", description = "Kết quả chấm điểm, xếp hạng thi đua của một đợt chấm / a scoring round's ranking")
public record RankingData(
        @Schema(required = true, examples = "4") Long id,
        @Schema(required = true, examples = "3") Long roundId,
        @Schema(required = true, examples = "7") Long termId,
        @Schema(required = true, examples = "2023") int termYear,
        @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật") String blocName,
        @Schema(required = true, examples = "5") Long schemeId,
        @Schema(required = true, examples = "100") BigDecimal totalPoints,
        @Schema(required = true, examples = "0", description = "Điểm sàn / the floor penalties stop at") BigDecimal scoreFloor,
        @Schema(required = true, description = "Thứ tự xét khi bằng điểm / the tie-break chain") List<TieBreak> tieBreaks,
        @Schema(required = true) RankingStatus status,
        @Schema(required = true) Instant computedAt,
        Instant confirmedAt,
        Instant publishedAt,
        @Schema(required = true, description = "Các nhóm tiêu chí theo thứ tự của thang điểm / the scheme's groups") List<RankingGroupData> groups,
        @Schema(required = true, description = "Theo thứ hạng / in rank order") List<RankingRowData> rows,
        @Schema(required = true, description = "Có nhóm bằng điểm còn chờ biểu quyết / a tied set still waits for the vote") boolean needsVote,
        @Schema(required = true, examples = "0") long version,
        @Schema(examples = "[\"COMPUTE\", \"CONFIRM\"]", description = "COMPUTE, RECORD_TIE_VOTES, CONFIRM, PUBLISH (không có ở bản công khai / absent on the public read)")
        List<String> permissions) {

    /** Without the caller's permissions: what the ETag is computed from, and the public body. */
    public RankingData shared() {
        return new RankingData(id, roundId, termId, termYear, blocName, schemeId, totalPoints, scoreFloor, tieBreaks, status,
                computedAt, confirmedAt, publishedAt, groups, rows, needsVote, version, null);
    }
}
