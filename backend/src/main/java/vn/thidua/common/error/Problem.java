package vn.thidua.common.error;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details / Chi tiết lỗi theo RFC 9457")
public record Problem(
        @Schema(examples = "urn:thidua:problem:validation", required = true) String type,
        @Schema(examples = "Dữ liệu không hợp lệ / Invalid request data", required = true) String title,
        @Schema(examples = "400", required = true) int status,
        @Schema(examples = "Tên đơn vị không được để trống") String detail,
        @Schema(examples = "/api/v1/units") String instance,
        List<FieldError> errors) {
}
