package vn.thidua.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.unit.UnitRef;
import vn.thidua.vote.AwardKind;

@Schema(name = "AwardProposal", description = "Hồ sơ đề nghị khen thưởng của năm thi đua / a term's award proposal dossier")
public record AwardProposalData(
        @Schema(required = true, examples = "5") Long id,
        @Schema(required = true, examples = "7") Long termId,
        @Schema(required = true, examples = "2023") int termYear,
        @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật") String blocName,
        @Schema(required = true, examples = "06") String provinceCode,
        @Schema(required = true) AwardProposalStatus status,
        @Schema(examples = "4", description = "Kết quả xếp hạng đã công bố được dẫn chiếu (GET /rankings/{id}) / the published ranking cited")
        Long rankingId,
        @Schema(required = true, examples = "1", description = "Chỉ tiêu Cờ thi đua của năm / the year's flag quota") int flagQuota,
        @Schema(required = true, examples = "3", description = "Chỉ tiêu Bằng khen / the certificate quota") int certificateQuota,
        @Schema(required = true, description = "Đơn vị được đề nghị / the proposed units") List<Item> items,
        @Schema(required = true, description = "Các bước đã qua, theo thứ tự / every step, in order") List<Step> history,
        @Schema(description = "Quyết định khen thưởng (khi DECIDED) / the award decision") DecisionRefData decision,
        Instant submittedAt,
        Instant decidedAt,
        @Schema(required = true, examples = "0") long version,
        @Schema(examples = "[\"ADD_ITEM\", \"SUBMIT\"]", description = "ADD_ITEM, REMOVE_ITEM, UPLOAD_REPORT, SUBMIT, TAKE_UP, APPRAISE, RETURN, DECIDE, UPLOAD_DECISION")
        List<String> permissions) {

    @Schema(name = "AwardProposalItem", description = "Một đơn vị được đề nghị một hình thức khen thưởng / one unit proposed for one award")
    public record Item(
            @Schema(required = true, examples = "11") Long id,
            @Schema(required = true, description = "Tên đơn vị trong năm thi đua / named as it was that year") UnitRef unit,
            @Schema(required = true) AwardKind award,
            @Schema(required = true, examples = "Cờ thi đua của UBND tỉnh") String awardLabel,
            @Schema(examples = "9", description = "Cuộc bình xét đã chứng nhận (biên bản: của cuộc bỏ phiếu); trống: Trưởng khối thêm "
                    + "/ the certified award vote (its minutes are the vote's); empty: added by the leader") Long voteId,
            @Schema(examples = "1", description = "Thứ hạng / place") Integer rankPosition,
            @Schema(examples = "11", description = "trên tổng số đơn vị xếp hạng / of so many ranked") Integer rankOf,
            @Schema(examples = "98.5") BigDecimal rankTotal,
            @Schema(required = true, description = "Đã có báo cáo thành tích / the achievement report is attached") boolean hasAchievementReport,
            AwardOutcome outcome,
            String outcomeReason,
            @Schema(description = "Hình thức sau thẩm định / the award after appraisal") AwardKind decidedAward) {
    }

    @Schema(name = "AwardProposalStep", description = "Một bước của hồ sơ / one step of the dossier")
    public record Step(
            @Schema(required = true) AwardProposalStatus from,
            @Schema(required = true) AwardProposalStatus to,
            String reason,
            @Schema(required = true, examples = "bk.sxd") String actor,
            @Schema(required = true) Instant at) {
    }

    /** Without the caller's permissions: what the ETag is computed from. */
    AwardProposalData shared() {
        return new AwardProposalData(id, termId, termYear, blocName, provinceCode, status, rankingId, flagQuota, certificateQuota, items,
                history, decision, submittedAt, decidedAt, version, null);
    }
}
