package vn.thidua.unit;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.common.lineage.SuccessionKind;

@Schema(name = "UnitSuccession", description = "Đổi tên, sáp nhập, chia tách, giải thể / rename, merger, split, dissolution")
public record SuccessionData(
        @Schema(required = true, examples = "3") Long id,
        @Schema(required = true, examples = "MERGE") SuccessionKind kind,
        @Schema(required = true, examples = "2025-03-01") LocalDate effectiveDate,
        @Schema(required = true) DecisionRefData decision,
        @Schema(required = true, description = "Tên trước ngày hiệu lực / named as before the change") List<UnitRef> predecessors,
        @Schema(required = true, description = "Tên từ ngày hiệu lực / named as from the change") List<UnitRef> successors,
        @Schema(examples = "Sở Nông nghiệp và Môi trường") String newName,
        String newShortName,
        @Schema(required = true, examples = "RECORDED", description = "WITHDRAWN: đã thu hồi, giữ lại để tra cứu / withdrawn, kept for the record") SuccessionStatus status,
        @Schema(examples = "Ghi nhầm đơn vị") String withdrawnReason) {

    public static SuccessionData of(UnitSuccession s) {
        LocalDate before = s.effectiveDate.minusDays(1);
        return new SuccessionData(s.id, s.kind, s.effectiveDate, s.decision.toData(),
                s.predecessors.stream().map(u -> UnitRef.of(u, before)).toList(),
                s.successors.stream().map(u -> UnitRef.of(u, s.effectiveDate)).toList(),
                s.newName, s.newShortName, s.isWithdrawn() ? SuccessionStatus.WITHDRAWN : SuccessionStatus.RECORDED,
                s.withdrawnReason);
    }
}
