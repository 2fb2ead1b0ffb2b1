package vn.thidua.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringSchemeSummary", description = "Một phiên bản thang điểm trong danh sách / a scheme version in a list")
public record SchemeSummary(
        @Schema(required = true, examples = "3") Long id,
        @Schema(required = true, examples = "1") int versionNo,
        @Schema(required = true) String title,
        @Schema(required = true, examples = "100") BigDecimal totalPoints,
        @Schema(required = true) SchemeStatus status,
        LocalDate adoptedOn,
        @Schema(required = true, examples = "5") int groupCount,
        @Schema(required = true, examples = "24") int criterionCount) {
}
