package vn.thidua.unit;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.province.ProvinceRef;

@Schema(name = "Unit", description = "Đơn vị thành viên / a member unit")
public record UnitData(
        @Schema(required = true, examples = "12") Long id,
        @Schema(required = true, examples = "BKN.SXD", description = "Mã định danh / agency identifier") String code,
        @Schema(required = true, examples = "Sở Xây dựng", description = "Tên mới nhất / newest name") String name,
        @Schema(examples = "SXD") String shortName,
        @Schema(required = true, examples = "SO") UnitKind kind,
        @Schema(required = true, examples = "2008-04-01") LocalDate activeFrom,
        @Schema(examples = "2025-02-28") LocalDate activeTo,
        @Schema(required = true, examples = "6") Long provinceId,
        @Schema(required = true, examples = "06") String provinceCode,
        @Schema(required = true, examples = "Bắc Kạn", description = "Tên tỉnh mới nhất / newest province name") String provinceName,
        @Schema(required = true, examples = "0") long version) {

    public static UnitData of(Unit unit, ProvinceRef province) {
        return new UnitData(unit.id, unit.code, unit.name, unit.shortName, unit.kind, unit.activeFrom, unit.activeTo,
                province.id(), province.code(), province.name(), unit.version);
    }
}
