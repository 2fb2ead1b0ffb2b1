package vn.thidua.campaign;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.common.web.StrictJson.MultiLine;

/** A campaign's fields (its term or province never changes). Once launched, kind, launch document and link stay. */
@Schema(name = "CampaignUpdate", description = "Sửa phong trào (đã phát động thì không đổi loại, văn bản phát động, phong trào hưởng ứng) / update a campaign")
public record CampaignUpdate(
        @Schema(required = true, examples = "YEARLY") @NotNull CampaignKind kind,
        @Schema(required = true, maxLength = 300) @NotBlank @Size(max = 300) String title,
        @Schema(maxLength = 500) @Size(max = 500) String theme,
        @Schema(maxLength = 4000) @MultiLine @Size(max = 4000) String targets,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate registrationDeadline,
        @Valid DecisionRefData launchDecision,
        Long respondsToCampaignId) {

    CampaignInput asInput() {
        return new CampaignInput(null, null, kind, title, theme, targets, startsOn, endsOn, registrationDeadline,
                launchDecision, respondsToCampaignId);
    }
}
