package vn.thidua.conference;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "ConferenceStatusChange", description = "Chuyển bước hội nghị / move a conference to its next status")
public record ConferenceStatusChange(
        @Schema(required = true, examples = "HELD") @NotNull ConferenceStatus status,
        @Schema(maxLength = 1000, description = "Lý do (bắt buộc khi hủy) / reason (required to cancel)") @MultiLine @Size(max = 1000) String reason,
        @Schema(maxLength = 1000, description = "Bắt buộc khi năm thi đua đã CLOSED / required when the term is CLOSED")
        @MultiLine @Size(max = 1000) String correctionReason) {
}
