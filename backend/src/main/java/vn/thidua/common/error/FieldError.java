package vn.thidua.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: {@code field} is the JSON path, e.g. {@code decision.number}. */
@Schema(name = "FieldError", description = "Một trường không hợp lệ / one invalid field")
public record FieldError(
        @Schema(required = true, examples = "decision.number", description = "Đường dẫn JSON hoặc tên tham số / JSON path or parameter name") String field,
        @Schema(required = true, examples = "không đúng định dạng", description = "Theo Accept-Language / in the caller's language") String message,
        @Schema(required = true, examples = "PATTERN", pattern = DomainException.CODE_PATTERN,
                description = "Mã ổn định, để máy đọc / stable machine-readable code") String code) {
}
