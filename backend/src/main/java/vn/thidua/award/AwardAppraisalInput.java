package vn.thidua.award;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "AwardAppraisalInput", description = "Kết quả thẩm định một đơn vị / the Board's appraisal of one proposed unit")
public record AwardAppraisalInput(
        @Schema(required = true, examples = "DOWNGRADED") @NotNull AwardOutcome outcome,
        @Schema(maxLength = 1000, examples = "Chưa đủ điều kiện Cờ thi đua (chưa dẫn đầu khối hai năm liền)",
                description = "Bắt buộc khi hạ mức hoặc không đề nghị / required to downgrade or reject") @MultiLine @Size(max = 1000) String reason) {
}
