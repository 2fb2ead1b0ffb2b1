package vn.thidua.term;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "TermStatusChange", description = "Chuyển sang bước kế tiếp / move to the next status")
public record TermStatusChange(
        @Schema(required = true, examples = "ACTIVE") @NotNull TermStatus status,
        @Schema(maxLength = 1000) @MultiLine @Size(max = 1000) String reason) {
}
