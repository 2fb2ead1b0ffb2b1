package vn.thidua.campaign;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "RegistrationUpdate", description = "Sửa chỉ tiêu đăng ký (dự thảo hoặc bị trả lại) / edit a draft or returned registration")
public record RegistrationUpdate(
        @Schema(required = true, maxLength = 4000) @NotBlank @MultiLine @Size(max = 4000) String targets,
        @Schema(maxItems = 50) @Size(max = 50) List<@NotNull @Valid NumericTargetData> numericTargets) {
}
