package vn.thidua.award;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "RestrictionInput", description = "Kỷ luật, điều tra, thanh tra, khiếu nại của một đơn vị / a restriction on a unit")
public record RestrictionInput(
        @Schema(required = true, examples = "INSPECTION") @NotNull RestrictionKind kind,
        @Schema(required = true, description = "Văn bản (quyết định kỷ luật, quyết định thanh tra, …) / the document that opened it")
        @NotNull @Valid DecisionRefData decision,
        @Schema(required = true, examples = "2024-03-01", description = "Có hiệu lực từ ngày / in force from") @NotNull LocalDate fromDate,
        @Schema(examples = "2024-09-30", description = "Đến ngày (bỏ trống: chưa kết thúc) / until (empty: still open)") LocalDate toDate,
        @Schema(maxLength = 1000, examples = "Kết luận thanh tra số 12/KL-TTr ngày 30/9/2024: không có sai phạm",
                description = "Kết quả giải quyết / how it was resolved") @MultiLine @Size(max = 1000) String resolution,
        @Schema(maxLength = 2000, description = "Ghi chú / note") @MultiLine @Size(max = 2000) String note) {
}
