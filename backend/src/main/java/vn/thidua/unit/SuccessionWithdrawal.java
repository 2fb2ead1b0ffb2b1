package vn.thidua.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitSuccessionWithdrawal", description = "Thu hồi lần sắp xếp ghi nhận nhầm (có lý do) / withdraw a succession recorded in error")
public record SuccessionWithdrawal(
        @Schema(required = true, examples = "Ghi nhầm đơn vị; quyết định áp dụng cho Sở Công Thương", maxLength = 1000)
        @NotBlank @Size(max = 1000) String reason) {
}
