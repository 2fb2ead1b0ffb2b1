package vn.thidua.campaign;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NumericTarget", description = "Chỉ tiêu định lượng / a numeric target")
public record NumericTargetData(
        @Schema(required = true, maxLength = 300, examples = "Tỷ lệ giải ngân vốn đầu tư công") @NotBlank @Size(max = 300) String name,
        @Schema(required = true, examples = "95", minimum = "0", maximum = "99999999999999") @NotNull @DecimalMin("0") @DecimalMax("99999999999999") @Digits(integer = 14, fraction = 4) BigDecimal value,
        @Schema(required = true, maxLength = 50, examples = "%") @NotBlank @Size(max = 50) String unitOfMeasure) {

    static NumericTargetData of(NumericTarget target) {
        return new NumericTargetData(target.name, target.value.stripTrailingZeros(), target.unitOfMeasure);
    }

    NumericTarget toTarget() {
        NumericTarget target = new NumericTarget();
        target.name = name.trim();
        target.value = value;
        target.unitOfMeasure = unitOfMeasure.trim();
        return target;
    }
}
