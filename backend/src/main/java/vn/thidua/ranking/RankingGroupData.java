package vn.thidua.ranking;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RankingGroup", description = "Nhóm tiêu chí / a group of the scheme")
public record RankingGroupData(
        @Schema(required = true, examples = "I") String code,
        @Schema(required = true, examples = "Thực hiện nhiệm vụ chính trị") String title,
        @Schema(required = true, examples = "50") BigDecimal maxPoints) {
}
