package vn.thidua.award;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardProposalPage", description = "Hồ sơ đề nghị khen thưởng của năm thi đua (nhiều nhất một) / a term's dossier, at most one")
public record AwardProposalPage(
        @Schema(required = true) List<AwardProposalData> items,
        @Schema(required = true, examples = "0") int page,
        @Schema(required = true, examples = "1") int size,
        @Schema(required = true, examples = "1") long total,
        @Schema(required = true, examples = "[\"CREATE\"]", description = "CREATE") List<String> permissions) {
}
