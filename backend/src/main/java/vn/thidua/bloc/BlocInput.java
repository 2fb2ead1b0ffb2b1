package vn.thidua.bloc;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

import vn.thidua.common.decision.DecisionRefData;

@Schema(name = "BlocInput", description = "status mặc định ACTIVE; DISSOLVED cần dissolvedOn / status defaults to ACTIVE")
public record BlocInput(
        @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật", maxLength = 255) @NotBlank @Size(max = 255) String name,
        @Schema(required = true, examples = "KHOI") @NotNull BlocKind kind,
        @Schema(maxLength = 4000) @MultiLine @Size(max = 4000) String description,
        @Valid DecisionRefData foundingDecision,
        @Schema(examples = "ACTIVE") BlocStatus status,
        LocalDate dissolvedOn,
        @Schema(examples = "6", description = "Tỉnh, thành phố (mặc định: tỉnh của người dùng); không đổi được sau khi tạo / province, defaults to the caller's; cannot change later")
        @Positive Long provinceId) {
}
