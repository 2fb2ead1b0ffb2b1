package vn.thidua.scheme;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringGroup", description = "Một nhóm tiêu chí / one group of criteria")
public record GroupData(
        @Schema(required = true, examples = "7") Long id,
        @Schema(required = true, examples = "I") String code,
        @Schema(required = true) String title,
        @Schema(required = true, examples = "60") BigDecimal maxPoints,
        @Schema(required = true, examples = "60", description = "Tổng điểm tối đa các tiêu chí được tính / the counted criteria's maxima") BigDecimal criteriaMaxima,
        @Schema(required = true) List<CriterionData> criteria) {

    static GroupData of(SchemeGroup g) {
        return new GroupData(g.id, g.code, g.title, g.maxPoints, g.countedMaxima(),
                g.criteria.stream().map(CriterionData::of).toList());
    }
}
