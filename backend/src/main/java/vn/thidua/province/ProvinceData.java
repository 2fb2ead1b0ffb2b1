package vn.thidua.province;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Province", description = "Tỉnh, thành phố trực thuộc trung ương / a province")
public record ProvinceData(
        @Schema(required = true, examples = "6") Long id,
        @Schema(required = true, examples = "06", description = "Mã đơn vị hành chính / administrative-division code") String code,
        @Schema(required = true, examples = "Bắc Kạn", description = "Tên mới nhất / newest name") String name,
        @Schema(required = true, examples = "TINH") ProvinceLevel level,
        @Schema(required = true, examples = "tỉnh Bắc Kạn") String displayName,
        @Schema(required = true, examples = "1997-01-01") LocalDate activeFrom,
        @Schema(examples = "2025-06-30") LocalDate activeTo,
        @Schema(required = true, examples = "0") long version) {

    static ProvinceData of(Province p) {
        return new ProvinceData(p.id, p.code, p.name, p.level, p.level.display(p.name), p.activeFrom, p.activeTo,
                p.version);
    }
}
