package vn.thidua.scheme;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringCriterionInput", description = "Một tiêu chí / one criterion")
public record CriterionInput(
        @Schema(required = true, examples = "1.1") @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
        @Schema(required = true, examples = "Hoàn thành các chỉ tiêu, nhiệm vụ được giao") @NotBlank @Size(max = 1000) String title,
        @Schema(description = "Hướng dẫn chấm / how to score it") @Size(max = 4000) String guidance,
        @Schema(required = true) @NotNull CriterionKind kind,
        @Schema(required = true, examples = "10", description = "Điểm tối đa (thưởng, trừ: mức trần) / max points (bonus, penalty: the cap)")
        @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 6, fraction = 2) BigDecimal maxPoints,
        @Schema(examples = "0.25", description = "Bước điểm, mặc định 0,25 / the step, 0.25 by default")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal step,
        @Schema(description = "Phải có minh chứng / evidence required") Boolean evidenceRequired,
        @Schema(description = "Chỉ tiêu (định lượng) / the target (quantitative)")
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2) BigDecimal target,
        @Schema(examples = "%") @Size(max = 50) String unitOfMeasure,
        @Schema(description = "Công thức (định lượng) / the formula (quantitative)") QuantityFormula formula,
        @Schema(description = "Các ngưỡng, tăng dần (THRESHOLD_STEPS) / thresholds, ascending") @Size(max = 20) List<@Valid @NotNull Threshold> thresholds,
        @Schema(description = "Điểm mỗi lần (PER_OCCURRENCE) / points per occurrence")
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 2) BigDecimal pointsEach) {
}
