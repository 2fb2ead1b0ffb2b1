package vn.thidua.ranking;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RankingStatusChange", description = "Xác nhận hoặc công bố kết quả xếp hạng / confirm or publish a ranking")
public record RankingStatusChange(@Schema(required = true, examples = "CONFIRMED") @NotNull RankingStatus status) {
}
