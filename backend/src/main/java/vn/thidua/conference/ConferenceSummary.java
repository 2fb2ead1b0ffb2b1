package vn.thidua.conference;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConferenceSummary", description = "Hội nghị trong danh sách / a conference in a list")
public record ConferenceSummary(
        @Schema(required = true, examples = "5") Long id,
        @Schema(required = true, examples = "7") Long termId,
        @Schema(required = true, examples = "06") String provinceCode,
        @Schema(required = true) ConferenceKind kind,
        @Schema(required = true) String title,
        @Schema(required = true, examples = "2023-07-06") LocalDate heldOn,
        @Schema(required = true) String venue,
        @Schema(required = true) ConferenceStatus status,
        @Schema(required = true, examples = "11") long attendingUnits,
        @Schema(required = true, examples = "[\"UPDATE\"]") List<String> permissions) {
}
