package vn.thidua.province;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.common.lineage.SuccessionKind;

@Schema(name = "ProvinceSuccession", description = "Sáp nhập, đổi tên tỉnh / a province merger or rename")
public record ProvinceSuccessionData(
        @Schema(required = true, examples = "9") Long id,
        @Schema(required = true, examples = "MERGE") SuccessionKind kind,
        @Schema(required = true, examples = "2025-07-01") LocalDate effectiveDate,
        @Schema(required = true, description = "Văn bản, giữ nguyên cơ quan ban hành / the decision, issuer as recorded") DecisionRefData decision,
        @Schema(required = true, description = "Tên trước ngày hiệu lực / named as before the change") List<ProvinceRefData> predecessors,
        @Schema(required = true, description = "Tên từ ngày hiệu lực / named as from the change") List<ProvinceRefData> successors,
        @Schema(examples = "Huế") String newName,
        @Schema(examples = "THANH_PHO") ProvinceLevel newLevel) {

    static ProvinceSuccessionData of(ProvinceSuccession s) {
        return new ProvinceSuccessionData(s.id, s.kind, s.effectiveDate, s.decision.toData(),
                s.predecessors.stream().map(p -> ProvinceRefData.of(p, s.lastDayBefore())).sorted(BY_CODE).toList(),
                s.successors.stream().map(p -> ProvinceRefData.of(p, s.effectiveDate)).sorted(BY_CODE).toList(),
                s.newName, s.newLevel);
    }

    private static final java.util.Comparator<ProvinceRefData> BY_CODE = java.util.Comparator
            .comparing(ProvinceRefData::code);

    @Schema(name = "ProvinceRef", description = "Tỉnh (tên tại thời điểm liên quan) / a province, named as it was then")
    public record ProvinceRefData(
            @Schema(required = true, examples = "35") Long id,
            @Schema(required = true, examples = "35") String code,
            @Schema(required = true, examples = "Hà Nam") String name,
            @Schema(required = true, examples = "TINH") ProvinceLevel level,
            @Schema(required = true, examples = "tỉnh Hà Nam") String displayName) {

        static ProvinceRefData of(Province p, LocalDate on) {
            ProvinceName name = p.nameOn(on);
            return new ProvinceRefData(p.id, p.code, name.name, name.level, name.displayName());
        }
    }
}
