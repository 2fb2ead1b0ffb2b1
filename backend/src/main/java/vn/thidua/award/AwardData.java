package vn.thidua.award;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.unit.UnitRef;
import vn.thidua.vote.AwardKind;

@Schema(name = "Award", description = "Một hình thức khen thưởng đã có quyết định / a decided award")
public record AwardData(
        @Schema(required = true, examples = "2023") int year,
        @Schema(required = true, description = "Đơn vị, tên trong năm đó / the unit, named as it was that year") UnitRef unit,
        @Schema(required = true) AwardKind award,
        @Schema(required = true, examples = "Bằng khen của Chủ tịch UBND tỉnh") String awardLabel,
        @Schema(required = true, description = "Đề nghị Cờ nhưng được Bằng khen / proposed for the flag, awarded the certificate") boolean downgraded,
        @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật") String blocName,
        @Schema(required = true, examples = "7") Long blocId,
        @Schema(required = true, examples = "06") String provinceCode,
        @Schema(required = true, description = "Quyết định khen thưởng / the decision") DecisionRefData decision,
        @Schema(required = true, examples = "5") Long proposalId,
        @Schema(examples = "12", description = "Khi là thành tích của đơn vị tiền thân: đơn vị được hỏi / for a predecessor's award: the unit asked about")
        Long successorUnitId) {
}
