package vn.thidua.scheme;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringCriterion", description = "Một tiêu chí / one criterion")
public record CriterionData(
        @Schema(required = true, examples = "41") Long id,
        @Schema(required = true, examples = "1.1") String code,
        @Schema(required = true) String title,
        String guidance,
        @Schema(required = true) CriterionKind kind,
        @Schema(required = true, examples = "10") BigDecimal maxPoints,
        @Schema(required = true, examples = "0.25") BigDecimal step,
        @Schema(required = true) boolean evidenceRequired,
        BigDecimal target,
        String unitOfMeasure,
        QuantityFormula formula,
        @Schema(required = true) List<Threshold> thresholds,
        BigDecimal pointsEach) {

    static CriterionData of(SchemeCriterion c) {
        return new CriterionData(c.id, c.code, c.title, c.guidance, c.kind, c.maxPoints, c.step, c.evidenceRequired,
                c.target, c.unitOfMeasure, c.formula, c.thresholds, c.pointsEach);
    }
}
