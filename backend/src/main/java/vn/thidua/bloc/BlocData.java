package vn.thidua.bloc;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.province.ProvinceRef;

@Schema(name = "Bloc", description = "Khối/cụm thi đua / an emulation bloc")
public record BlocData(
        @Schema(required = true, examples = "1") Long id,
        @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật") String name,
        @Schema(required = true, examples = "6") Long provinceId,
        @Schema(required = true, examples = "06") String provinceCode,
        @Schema(required = true, examples = "Bắc Kạn", description = "Tên tỉnh mới nhất / newest province name") String provinceName,
        @Schema(required = true, examples = "KHOI") BlocKind kind,
        @Schema(examples = "Các sở, ban tham mưu quản lý nhà nước về kinh tế, kỹ thuật") String description,
        DecisionRefData foundingDecision,
        @Schema(required = true, examples = "ACTIVE") BlocStatus status,
        LocalDate dissolvedOn,
        @Schema(required = true, examples = "0") long version) {

    public static BlocData of(Bloc bloc, ProvinceRef province) {
        return new BlocData(bloc.id, bloc.name, province.id(), province.code(), province.name(), bloc.kind, bloc.description,
                bloc.foundingDecision == null ? null : bloc.foundingDecision.toData(), bloc.status, bloc.dissolvedOn,
                bloc.version);
    }
}
