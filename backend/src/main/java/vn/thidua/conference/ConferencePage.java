package vn.thidua.conference;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConferencePage", description = "Các hội nghị của năm thi đua (theo ngày) và việc người gọi được làm / a term's conferences by date, and what the caller may do")
public record ConferencePage(
        @Schema(required = true) List<ConferenceSummary> items,
        @Schema(required = true, examples = "0") int page,
        @Schema(required = true, examples = "20") int size,
        @Schema(required = true, examples = "2") long total,
        @Schema(required = true, examples = "[\"CREATE\"]", description = "CREATE: được tạo hội nghị / may create a conference") List<String> permissions) {
}
