package vn.thidua.term;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;

@Schema(name = "TermInput", description = "Mở năm thi đua cho một khối / open a bloc's year")
public record TermInput(
        @Schema(required = true, examples = "1") @NotNull Long blocId,
        @Schema(required = true, examples = "2024", minimum = "1945", maximum = "2200") @NotNull @Min(1945) @Max(2200) Integer year,
        @Valid DecisionRefData decision,
        @Valid TermRulesData rules) {
}
