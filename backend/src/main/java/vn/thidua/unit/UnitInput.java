package vn.thidua.unit;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin may set on a unit. Renames go through a succession so history is kept. */
@Schema(name = "UnitInput")
public record UnitInput(
        @Schema(required = true, examples = "BKN.SXD", maxLength = 35, pattern = CODE_PATTERN,
                description = "Mã định danh (QĐ 20/2020/QĐ-TTg): chữ in hoa, số, dấu chấm")
        @NotBlank @Size(max = 35) @Pattern(regexp = CODE_PATTERN, message = "{thidua.unit.code}") String code,
        @Schema(required = true, examples = "Sở Xây dựng", maxLength = 255) @NotBlank @Size(max = 255) String name,
        @Schema(examples = "SXD", maxLength = 100) @Size(max = 100) String shortName,
        @Schema(required = true, examples = "SO") @NotNull UnitKind kind,
        @Schema(required = true, examples = "2008-04-01") @NotNull LocalDate activeFrom,
        @Schema(examples = "2025-02-28") LocalDate activeTo,
        @Schema(examples = "6", description = "Tỉnh, thành phố (mặc định: tỉnh của người dùng); không đổi được sau khi tạo / province, defaults to the caller's; cannot change later")
        @Positive Long provinceId) {

    public static final String CODE_PATTERN = "^[0-9A-Z]+(\\.[0-9A-Z]+)*$";
}
