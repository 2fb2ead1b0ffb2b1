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

@Schema(name = "ScoringGroupInput", description = "Một nhóm tiêu chí / one group of criteria")
public record GroupInput(
        @Schema(required = true, examples = "I") @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
        @Schema(required = true, examples = "Thực hiện nhiệm vụ chính trị") @NotBlank @Size(max = 500) String title,
        @Schema(required = true, examples = "60", description = "Điểm tối đa của nhóm: tổng điểm tối đa các tiêu chí chấm theo mức, định lượng, theo số lần "
                + "/ the group's max: the sum of its qualitative, quantitative and per-occurrence criteria's maxima")
        @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 6, fraction = 2) BigDecimal maxPoints,
        @Schema(required = true) @NotNull @Size(max = 100) List<@Valid @NotNull CriterionInput> criteria) {
}
