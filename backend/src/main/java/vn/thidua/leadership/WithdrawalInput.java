package vn.thidua.leadership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "LeadershipWithdrawalInput", description = "Rút kết quả đề xuất, có lý do / withdraw a proposed result, with a reason")
public record WithdrawalInput(
        @Schema(required = true, maxLength = 1000, examples = "Quyết định chỉ định ghi nhầm đơn vị") @MultiLine @NotBlank @Size(max = 1000) String reason) {
}
