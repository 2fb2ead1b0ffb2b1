package vn.thidua.award;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "AwardProposalStatusChange", description = "Trình, tiếp nhận thẩm định, trả lại, ghi quyết định / move a dossier")
public record AwardProposalStatusChange(
        @Schema(required = true, examples = "SUBMITTED") @NotNull AwardProposalStatus status,
        @Schema(maxLength = 1000, description = "Bắt buộc khi trả lại / required to return") @MultiLine @Size(max = 1000) String reason,
        @Schema(description = "Quyết định khen thưởng, bắt buộc khi DECIDED / the award decision, required for DECIDED") @Valid DecisionRefData decision) {
}
