package vn.thidua.vote;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VotePage", description = "Các cuộc bỏ phiếu của năm thi đua và việc người gọi được làm / a term's votes, and what the caller may do")
public record VotePage(
        @Schema(required = true) List<VoteSummary> items,
        @Schema(required = true, examples = "0") int page,
        @Schema(required = true, examples = "20") int size,
        @Schema(required = true, examples = "2") long total,
        @Schema(required = true, examples = "[\"CREATE\"]", description = "CREATE: được tạo cuộc bỏ phiếu / may create a vote") List<String> permissions) {
}
