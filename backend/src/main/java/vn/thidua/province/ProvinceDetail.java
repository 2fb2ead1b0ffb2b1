package vn.thidua.province;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProvinceDetail", description = "Tỉnh, thành phố với lịch sử tên và các lần sắp xếp / a province with its name history and successions")
public record ProvinceDetail(
        @Schema(required = true, examples = "35") Long id,
        @Schema(required = true, examples = "35") String code,
        @Schema(required = true, examples = "Hà Nam") String name,
        @Schema(required = true, examples = "TINH") ProvinceLevel level,
        @Schema(required = true, examples = "tỉnh Hà Nam") String displayName,
        @Schema(required = true, examples = "1997-01-01") LocalDate activeFrom,
        @Schema(examples = "2025-06-30") LocalDate activeTo,
        @Schema(required = true) List<NameData> names,
        @Schema(required = true, description = "Sáp nhập, đổi tên, cũ trước / mergers and renames, oldest first") List<ProvinceSuccessionData> successions,
        @Schema(required = true, examples = "0") long version) {

    @Schema(name = "ProvinceNameEntry", description = "Một tên tỉnh đã dùng / a name the province carried")
    public record NameData(
            @Schema(required = true, examples = "Thừa Thiên Huế") String name,
            @Schema(required = true, examples = "TINH") ProvinceLevel level,
            @Schema(required = true, examples = "tỉnh Thừa Thiên Huế") String displayName,
            @Schema(required = true, examples = "1989-07-01") LocalDate validFrom,
            @Schema(examples = "2024-12-31") LocalDate validTo) {
    }
}
