package vn.thidua.common.files;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StoredFile", description = "Một tệp đã lưu (nội dung tải về qua /api/v1/files/{id}) / a stored file")
public record StoredFileData(
        @Schema(required = true, examples = "12") Long id,
        @Schema(required = true, examples = "DECISION_SCAN") FileKind kind,
        @Schema(required = true, examples = "QD-15-UBND-2023.pdf") String name,
        @Schema(required = true, examples = "application/pdf", description = "nhận biết từ nội dung / detected from the content") String mediaType,
        @Schema(required = true, examples = "482133") long size,
        @Schema(required = true, examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(required = true, examples = "2026-03-01T02:15:00Z") Instant uploadedAt,
        @Schema(required = true, examples = "admin") String uploadedBy,
        @Schema(examples = "13", description = "tệp thay thế tệp này / the file that superseded this one") Long supersededBy,
        @Schema(required = true, examples = "/api/v1/files/12") String href) {

    public static StoredFileData of(StoredFile file) {
        return new StoredFileData(file.id, file.kind, file.originalName, file.mediaType, file.sizeBytes, file.sha256,
                file.createdAt, file.uploadedBy, file.supersededBy, FileResource.PATH + "/" + file.id);
    }
}
