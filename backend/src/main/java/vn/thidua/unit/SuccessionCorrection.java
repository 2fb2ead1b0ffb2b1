package vn.thidua.unit;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;

/** What a correction may change; the units and the kind stay (withdraw and record again to change them). */
@Schema(name = "UnitSuccessionCorrection", description = """
        Sửa ngày hiệu lực, văn bản hoặc tên mới của lần sắp xếp đã ghi nhận (có lý do). Đơn vị và loại không sửa \
        được: hãy thu hồi rồi ghi nhận lại. / Corrects the effective date, decision or new name (with a reason); \
        the effects move with the date.""")
public record SuccessionCorrection(
        @Schema(required = true, examples = "2025-03-01") @NotNull LocalDate effectiveDate,
        @Schema(required = true) @NotNull @Valid DecisionRefData decision,
        @Schema(examples = "Sở Nông nghiệp và Môi trường", maxLength = 255) @Size(max = 255) String newName,
        @Schema(maxLength = 100) @Size(max = 100) String newShortName,
        @Schema(required = true, examples = "Nhập sai ngày hiệu lực theo Quyết định 1290/QĐ-UBND", maxLength = 1000)
        @NotBlank @Size(max = 1000) String reason) {
}
