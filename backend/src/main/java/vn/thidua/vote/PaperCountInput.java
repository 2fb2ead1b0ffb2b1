package vn.thidua.vote;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaperCountInput", description = "Kết quả kiểm phiếu giấy của một người kiểm phiếu / one teller's hand count")
public record PaperCountInput(
        @Schema(required = true, examples = "1", description = "Vòng được kiểm / the round counted") @NotNull @Min(1) @Max(3) Integer round,
        @Schema(required = true, examples = "12", description = "Số phiếu phát ra / ballots issued") @NotNull @Min(0) @Max(10000) Integer ballotsIssued,
        @Schema(required = true, examples = "12", description = "Số phiếu thu vào / ballots received") @NotNull @Min(0) @Max(10000) Integer ballotsReceived,
        @Schema(required = true, examples = "1", description = "Số phiếu không hợp lệ / invalid ballots") @NotNull @Min(0) @Max(10000) Integer ballotsInvalid,
        @Schema(required = true, description = "Số phiếu của từng ứng viên / votes per candidate") @NotNull @Size(max = 100) List<@NotNull @Valid CandidateVotes> votes) {

    @Schema(name = "PaperCandidateVotes", description = "Số phiếu bầu một ứng viên / a candidate's votes")
    public record CandidateVotes(
            @Schema(required = true, examples = "12") @NotNull Long unitId,
            @Schema(required = true, examples = "7") @NotNull @Min(0) @Max(10000) Integer votes) {
    }
}
