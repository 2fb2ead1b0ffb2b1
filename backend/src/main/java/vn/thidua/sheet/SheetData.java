package vn.thidua.sheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.scheme.CriterionKind;

@Schema(name = "ScoreSheet", description = """
        Bảng chấm điểm của một đơn vị, theo những gì người gọi được xem: điểm chấm chéo chỉ hiện với đơn vị được chấm sau khi kết thúc \
        chấm chéo; đơn vị chấm chỉ thấy điểm của mình. / One unit's sheet as the caller may see it.""")
public record SheetData(
        @Schema(required = true) Long id,
        @Schema(required = true) Long roundId,
        @Schema(required = true) Long termId,
        @Schema(required = true) int termYear,
        @Schema(required = true) String blocName,
        @Schema(required = true) Long unitId,
        @Schema(required = true) String unitName,
        @Schema(required = true) SheetStatus status,
        String statusReason,
        @Schema(required = true, description = "Nộp sau hạn / submitted after the deadline") boolean late,
        Instant submittedAt,
        @Schema(required = true) LocalDate selfDeadline,
        @Schema(required = true) RoundStatus roundStatus,
        @Schema(required = true) Long schemeId,
        @Schema(required = true) String schemeTitle,
        @Schema(required = true) BigDecimal totalPoints,
        @Schema(required = true) List<Group> groups,
        @Schema(description = "Tổng điểm tự chấm (khi được xem) / self-score totals, when visible") Totals selfTotals,
        @Schema(description = "Tổng điểm chính thức (sau khi tổng hợp) / final totals, once consolidated") Totals finalTotals,
        @Schema(required = true, description = "Đơn vị chấm chéo (khi được xem) / the reviewers, when visible") List<Reviewer> reviewers,
        @Schema(description = "Phần chấm của người gọi, khi người gọi là đơn vị chấm / the caller's own review") Long myReviewId,
        @Schema(required = true) List<Explanation> explanations,
        @Schema(required = true, description = "Mã các tiêu chí còn thiếu điểm hoặc minh chứng trước khi nộp / criteria still missing a score or evidence")
        List<String> missing,
        @Schema(required = true) long version,
        @Schema(required = true, description = "SELF_SCORE, SUBMIT, RETURN, REQUEST_EXPLANATION, EXPLAIN, CONSOLIDATE, REOPEN, FINALIZE, REVIEW, SUBMIT_REVIEW, UPLOAD_EVIDENCE")
        List<String> permissions) {

    public SheetData shared() {
        return new SheetData(id, roundId, termId, termYear, blocName, unitId, unitName, status, statusReason, late, submittedAt,
                selfDeadline, roundStatus, schemeId, schemeTitle, totalPoints, groups, selfTotals, finalTotals, reviewers, myReviewId,
                explanations, missing, version, null);
    }

    @Schema(name = "ScoreSheetGroup")
    public record Group(@Schema(required = true) String code, @Schema(required = true) String title,
            @Schema(required = true) BigDecimal maxPoints, @Schema(required = true) List<Cell> criteria) {
    }

    @Schema(name = "ScoreSheetCell")
    public record Cell(
            @Schema(required = true) Long criterionId,
            @Schema(required = true) String code,
            @Schema(required = true) String title,
            String guidance,
            @Schema(required = true) CriterionKind kind,
            @Schema(required = true) BigDecimal maxPoints,
            @Schema(required = true) BigDecimal step,
            @Schema(required = true) boolean evidenceRequired,
            BigDecimal target,
            String unitOfMeasure,
            BigDecimal pointsEach,
            @Schema(description = "Giá trị tự chấm (khi được xem) / the self-score's value, when visible") BigDecimal selfValue,
            BigDecimal selfPoints,
            String selfComment,
            @Schema(required = true) int evidenceCount,
            @Schema(required = true, description = "Điểm chấm chéo mà người gọi được xem / the reviews the caller may see") List<ReviewCell> reviews,
            @Schema(required = true, description = "Có đơn vị chấm lệch quá ngưỡng / a reviewer deviates beyond the threshold") boolean deviates,
            BigDecimal finalPoints) {
    }

    @Schema(name = "ScoreSheetReviewCell")
    public record ReviewCell(@Schema(required = true) Long reviewId, @Schema(required = true) Long reviewerUnitId,
            @Schema(required = true) String reviewerName, @Schema(required = true) BigDecimal value,
            @Schema(required = true) BigDecimal points, String reason, @Schema(required = true) boolean deviates) {
    }

    @Schema(name = "ScoreTotals")
    public record Totals(@Schema(required = true, description = "Điểm các tiêu chí được tính của từng nhóm / counted points per group") Map<String, BigDecimal> groups,
            @Schema(required = true) BigDecimal counted, @Schema(required = true) BigDecimal bonus,
            @Schema(required = true) BigDecimal penalty, @Schema(required = true) boolean disqualified,
            @Schema(required = true) BigDecimal total) {

        static Totals of(SheetTotals t) {
            return new Totals(t.groups(), t.counted(), t.bonus(), t.penalty(), t.disqualified(), t.total());
        }
    }

    @Schema(name = "SheetReviewer")
    public record Reviewer(@Schema(required = true) Long reviewId, @Schema(required = true) Long unitId,
            @Schema(required = true) String unitName, @Schema(required = true) ReviewStatus status, Instant submittedAt) {
    }

    @Schema(name = "SheetExplanation")
    public record Explanation(@Schema(required = true) int position, @Schema(required = true) String request,
            @Schema(required = true) String requestedBy, @Schema(required = true) Instant requestedAt, String answer,
            String answeredBy, Instant answeredAt) {
    }
}
