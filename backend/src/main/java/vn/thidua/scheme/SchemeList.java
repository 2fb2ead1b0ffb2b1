package vn.thidua.scheme;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringSchemeList", description = "Các phiên bản thang điểm của năm, mới nhất trước / a term's scheme versions, newest first")
public record SchemeList(
        @Schema(required = true) List<SchemeSummary> items,
        @Schema(required = true, examples = "[\"CREATE\"]", description = "CREATE (soạn hoặc sao thang điểm) / draft or copy a scheme") List<String> permissions) {
}
