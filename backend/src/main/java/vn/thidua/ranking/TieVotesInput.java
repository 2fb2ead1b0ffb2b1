package vn.thidua.ranking;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RankingTieVotes", description = "Số phiếu biểu quyết cho các đơn vị bằng điểm / the members' votes for tied units")
public record TieVotesInput(@Schema(required = true) @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull Vote> votes) {

    @Schema(name = "RankingTieVote")
    public record Vote(@Schema(required = true, examples = "12") @NotNull Long unitId,
            @Schema(required = true, examples = "7") @NotNull @Min(0) @Max(1000) Integer votes) {
    }
}
