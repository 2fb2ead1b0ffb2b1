package vn.thidua.common.error;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record a refusal is about, for clients to show or link (e.g. the terms a merged unit still leads). */
@Schema(name = "ProblemRelated", description = "Bản ghi liên quan đến lỗi / a record the refusal is about")
public record ProblemRelated(
        @Schema(required = true, examples = "term", description = "Loại bản ghi / kind of record: term, membership, unit, succession") String type,
        @Schema(required = true, examples = "42") Long id,
        @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật năm 2025 (Trưởng khối: Sở Giao thông Vận tải)",
                description = "Theo Accept-Language / in the caller's language") String label,
        @Schema(description = "Các thuộc tính có cấu trúc / structured facts, e.g. blocName, year, role, unitId, unitName")
        Map<String, Object> attributes) {

    /** Before the label is rendered in the caller's language. */
    public record Pending(String type, Long id, Text label, Map<String, Object> attributes) {
        public ProblemRelated in(java.util.Locale locale) {
            return new ProblemRelated(type, id, label.in(locale), attributes);
        }
    }
}
