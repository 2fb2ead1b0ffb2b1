package vn.thidua.leadership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.term.LeaderSelection;
import vn.thidua.unit.UnitRef;

@Schema(name = "LeadershipResult", description = "Trưởng khối, Phó trưởng khối năm sau của một khối và cách chọn (bầu, luân phiên, chỉ định) "
        + "/ who leads a bloc next year and how it was decided (election, rotation, designation)")
public record LeadershipResultData(
        @Schema(required = true, examples = "3") Long id,
        @Schema(required = true, examples = "7", description = "Năm thi đua đang kết thúc / the outgoing term") Long outgoingTermId,
        @Schema(required = true, examples = "2023") int outgoingYear,
        @Schema(required = true, examples = "1") Long blocId,
        @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật") String blocName,
        @Schema(required = true, examples = "2024", description = "Năm được lãnh đạo / the year they lead") int nextYear,
        @Schema(required = true, examples = "ELECTION") LeaderSelection method,
        @Schema(description = "Trưởng khối năm sau (tên trong năm đó); chưa có khi cuộc bầu Phó trưởng khối được xác nhận trước "
                + "/ next year's leader, named as in that year; absent while only the deputy's ballot is certified") UnitRef leader,
        @Schema(description = "Phó trưởng khối năm sau / next year's deputy") UnitRef deputy,
        @Schema(examples = "12", description = "Cuộc bầu Trưởng khối đã xác nhận (ELECTION) / the certified vote that chose the leader") Long leaderVoteId,
        @Schema(examples = "12", description = "Cuộc bầu Phó trưởng khối (cùng cuộc bầu khi bầu cả hai) / the vote that chose the deputy") Long deputyVoteId,
        @Schema(description = "Quyết định chỉ định của tỉnh (DESIGNATION) / the province's designating decision") DecisionRefData decision,
        @Schema(required = true, examples = "PROPOSED") LeadershipStatus status,
        @Schema(examples = "Ghi nhầm đơn vị") String withdrawnReason,
        Instant confirmedAt,
        @Schema(examples = "8", description = "Năm thi đua năm sau, tạo hoặc cập nhật khi Ban xác nhận / next year's term, made when confirmed") Long nextTermId,
        @Schema(description = "Trao cờ Khối trưởng / the leader flag's handover") HandoverData handover,
        @Schema(required = true, examples = "0") long version,
        @Schema(examples = "[\"CONFIRM\", \"WITHDRAW\"]", description = "CONFIRM, WITHDRAW, UPLOAD_DECISION_FILE (Ban), RECORD_HANDOVER "
                + "(Ban, Trưởng khối, Phó trưởng khối năm đang kết thúc) / what the caller may do next") List<String> permissions) {

    @Schema(name = "LeadershipHandover", description = "Trao cờ Khối trưởng tại hội nghị tổng kết năm / the leader flag handed over at the year-end conference")
    public record HandoverData(
            @Schema(required = true, examples = "15") Long conferenceId,
            @Schema(required = true, examples = "Hội nghị tổng kết công tác thi đua năm 2023") String conferenceTitle,
            @Schema(required = true, examples = "2023-12-20") LocalDate handedOverOn,
            @Schema(description = "Trưởng khối năm đang kết thúc / the outgoing leader") UnitRef handedBy,
            @Schema(required = true, description = "Trưởng khối năm sau / the incoming leader") UnitRef handedTo) {
    }

    /** Without the caller's permissions: what the ETag is computed from, the same for every caller. */
    public LeadershipResultData shared() {
        return new LeadershipResultData(id, outgoingTermId, outgoingYear, blocId, blocName, nextYear, method, leader, deputy,
                leaderVoteId, deputyVoteId, decision, status, withdrawnReason, confirmedAt, nextTermId, handover, version, null);
    }
}
