package vn.thidua.membership;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "MembershipUpdate", description = "leftOn cần leftReason / leaving needs a reason")
public record MembershipUpdate(
        @Schema(required = true, examples = "DEPUTY") @NotNull MembershipRole role,
        @Schema(required = true, examples = "2024-01-01") @NotNull LocalDate joinedOn,
        @Schema(examples = "2024-06-30") LocalDate leftOn,
        @Schema(maxLength = 500, examples = "Sáp nhập vào Sở Xây dựng") @MultiLine @Size(max = 500) String leftReason,
        @Schema(maxLength = 1000) @MultiLine @Size(max = 1000) String correctionReason) {
}
