package vn.thidua.award;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.vote.AwardKind;

@Schema(name = "AwardItemInput", description = "Đề nghị một đơn vị thành viên cho một hình thức khen thưởng / propose a member unit for an award")
public record AwardItemInput(
        @Schema(required = true, examples = "12") @NotNull Long unitId,
        @Schema(required = true, examples = "CERTIFICATE") @NotNull AwardKind award) {
}
