package vn.thidua.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit founded by a merger, created with it in one request; it is active from the effective date. */
@Schema(name = "NewUnitInput", description = "Đơn vị mới thành lập từ sáp nhập, hoạt động từ ngày hiệu lực / a unit founded by the merger, active from the effective date")
public record NewUnitInput(
        @Schema(required = true, examples = "TNG.SNNMT", maxLength = 35, pattern = UnitInput.CODE_PATTERN)
        @NotBlank @Size(max = 35) @Pattern(regexp = UnitInput.CODE_PATTERN, message = "{thidua.unit.code}") String code,
        @Schema(required = true, examples = "Sở Nông nghiệp và Môi trường", maxLength = 255) @NotBlank @Size(max = 255) String name,
        @Schema(examples = "SNNMT", maxLength = 100) @Size(max = 100) String shortName,
        @Schema(required = true, examples = "SO") @NotNull UnitKind kind,
        @Schema(examples = "19", description = "Tỉnh, thành phố (mặc định: tỉnh của người dùng) / province, defaults to the caller's")
        @Positive Long provinceId) {
}
