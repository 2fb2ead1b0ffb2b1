package vn.thidua.leadership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;

@Schema(name = "LeadershipDesignationInput", description = "Quyết định của tỉnh chỉ định Trưởng khối, Phó trưởng khối năm sau "
        + "/ the province's decision designating next year's leader and deputy")
public record DesignationInput(
        @Schema(required = true, examples = "12") @NotNull Long leaderUnitId,
        @Schema(examples = "13") Long deputyUnitId,
        @Schema(required = true) @NotNull @Valid DecisionRefData decision) {
}
