package vn.thidua.scheme;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringSchemeStatusChange", description = "Thông qua (tại hội nghị) hoặc cho hết hiệu lực / adopt (at a conference) or retire")
public record SchemeStatusChange(
        @Schema(required = true, examples = "ADOPTED") @NotNull SchemeStatus status,
        @Schema(examples = "12", description = "Hội nghị đã thông qua (bắt buộc khi thông qua) / the conference that adopted it (required to adopt)")
        @Positive Long conferenceId,
        @Schema(description = "Lý do (bắt buộc khi bỏ một dự thảo) / reason (required to retire a draft)") @Size(max = 1000) String reason) {
}
