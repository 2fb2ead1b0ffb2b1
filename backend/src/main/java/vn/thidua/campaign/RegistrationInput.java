package vn.thidua.campaign;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "RegistrationInput", description = "Đăng ký thi đua của một đơn vị / a unit's registration")
public record RegistrationInput(
        @Schema(required = true, examples = "12", description = "Đơn vị thành viên đăng ký (cán bộ chỉ đăng ký cho đơn vị mình) / the member unit") @NotNull Long unitId,
        @Schema(required = true, maxLength = 4000, examples = "Hoàn thành xuất sắc nhiệm vụ chính trị được giao") @NotBlank @MultiLine @Size(max = 4000) String targets,
        @Schema(maxItems = 50) @Size(max = 50) List<@NotNull @Valid NumericTargetData> numericTargets) {
}
