package vn.thidua.scheme;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

@Schema(name = "ScoringThreshold", description = "Đạt từ bao nhiêu % chỉ tiêu thì được bao nhiêu điểm / points from a percent of the target on")
public record Threshold(
        @Schema(required = true, examples = "80") @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal atLeastPercent,
        @Schema(required = true, examples = "4") @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 6, fraction = 2) BigDecimal points) {
}
