package vn.thidua.unit;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitDetail", description = "Đơn vị với lịch sử tên và các lần sắp xếp / a unit with its name history and successions")
public record UnitDetail(
        @Schema(required = true, examples = "12") Long id,
        @Schema(required = true, examples = "BKN.SGTVT") String code,
        @Schema(required = true, examples = "Sở Giao thông Vận tải", description = "Tên tại ngày asOf (mặc định: tên mới nhất) / name as of asOf") String name,
        @Schema(examples = "SGTVT") String shortName,
        @Schema(required = true, examples = "SO") UnitKind kind,
        @Schema(required = true, examples = "2008-04-01") LocalDate activeFrom,
        @Schema(examples = "2025-02-28") LocalDate activeTo,
        @Schema(examples = "2023-07-06") LocalDate asOf,
        @Schema(required = true, examples = "6") Long provinceId,
        @Schema(required = true, examples = "06") String provinceCode,
        @Schema(required = true, examples = "Bắc Kạn", description = "Tên tỉnh tại ngày asOf / province name as of asOf") String provinceName,
        @Schema(required = true) List<NameData> names,
        @Schema(required = true) List<SuccessionData> successions,
        @Schema(required = true, examples = "0") long version) {

    @Schema(name = "UnitNameEntry", description = "Một tên đơn vị đã dùng / a name the unit carried")
    public record NameData(
            @Schema(required = true, examples = "Sở Giao thông Vận tải") String name,
            @Schema(examples = "SGTVT") String shortName,
            @Schema(required = true, examples = "2008-04-01") LocalDate validFrom,
            @Schema(examples = "2025-02-28") LocalDate validTo) {
    }
}
