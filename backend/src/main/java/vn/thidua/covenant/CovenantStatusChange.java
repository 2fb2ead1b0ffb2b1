package vn.thidua.covenant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "CovenantStatusChange", description = "Gửi các đơn vị ký, hoặc kết thúc khi còn đơn vị chưa ký (cần lý do) / circulate, or close with members missing (reason)")
public record CovenantStatusChange(
        @Schema(required = true, examples = "CIRCULATED") @NotNull CovenantStatus status,
        @Schema(maxLength = 1000) @MultiLine @Size(max = 1000) String reason) {
}
