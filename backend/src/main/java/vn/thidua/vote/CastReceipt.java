package vn.thidua.vote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BallotReceipt", description = "Biên nhận lá phiếu, chỉ hiện một lần: đối chiếu trong danh sách phiếu khi công bố "
        + "/ the ballot's receipt, shown once: find it in the published ballot list")
public record CastReceipt(
        @Schema(required = true, examples = "4") long voteId,
        @Schema(required = true, examples = "1") int round,
        @Schema(required = true, examples = "K7QX2M9TB4HWN3RD") String receipt) {
}
