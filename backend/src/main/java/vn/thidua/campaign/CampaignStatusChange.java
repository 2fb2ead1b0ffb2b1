package vn.thidua.campaign;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "CampaignStatusChange", description = "Phát động hoặc kết thúc phong trào / launch or close a campaign")
public record CampaignStatusChange(
        @Schema(required = true, examples = "LAUNCHED") @NotNull CampaignStatus status,
        @Schema(maxLength = 1000) @MultiLine @Size(max = 1000) String reason) {
}
