package vn.thidua.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringScheme", description = "Thang điểm của năm thi đua (một phiên bản) / one version of a term's scoring scheme")
public record SchemeData(
        @Schema(required = true, examples = "3") Long id,
        @Schema(required = true, examples = "7") Long termId,
        @Schema(required = true, examples = "2023") int termYear,
        @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật") String blocName,
        @Schema(required = true, examples = "1") int versionNo,
        @Schema(required = true) String title,
        @Schema(required = true, examples = "100") BigDecimal totalPoints,
        @Schema(required = true, examples = "100", description = "Tổng điểm tối đa các nhóm / the groups' maxima") BigDecimal groupMaxima,
        @Schema(required = true, examples = "0", description = "Điểm sàn / the floor penalties stop at") BigDecimal scoreFloor,
        @Schema(required = true, description = "Thứ tự xét khi bằng điểm / the tie-break chain") List<TieBreak> tieBreaks,
        @Schema(required = true) SchemeStatus status,
        String statusReason,
        @Schema(description = "Sao từ thang điểm / copied from") Long copiedFromId,
        @Schema(description = "Hội nghị đã thông qua / the adopting conference") Long adoptedAtConferenceId,
        String adoptedAtConferenceTitle,
        LocalDate adoptedOn,
        @Schema(required = true) List<GroupData> groups,
        @Schema(required = true, examples = "0") long version,
        @Schema(required = true, examples = "[\"UPDATE\", \"ADOPT\"]", description = "UPDATE, ADOPT, RETIRE, COPY") List<String> permissions) {

    /** Without the caller's permissions: what the ETag is computed from. */
    public SchemeData shared() {
        return new SchemeData(id, termId, termYear, blocName, versionNo, title, totalPoints, groupMaxima, scoreFloor, tieBreaks, status, statusReason,
                copiedFromId, adoptedAtConferenceId, adoptedAtConferenceTitle, adoptedOn, groups, version, null);
    }
}
