package vn.thidua.common.error;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@Schema(name = "Problem", description = """
        RFC 9457 problem details / Chi tiết lỗi theo RFC 9457. `type` names the kind of error (one per HTTP \
        status family, e.g. urn:thidua:problem:rule-violation); `code` names the exact rule or cause \
        (e.g. UNIT_CODE_TAKEN, TERM_NEEDS_LEADER, MEMBERSHIP_UNIT_IN_OTHER_BLOC, IF_MATCH_REQUIRED, \
        MALFORMED_JSON) and is stable: clients react to `code`, never to the text. `detail` and \
        `errors[].message` follow Accept-Language (Vietnamese by default, English with `en`).""")
public record Problem(
        @Schema(examples = "urn:thidua:problem:validation", required = true) String type,
        @Schema(examples = "Dữ liệu không hợp lệ / Invalid request data", required = true) String title,
        @Schema(examples = "400", required = true) int status,
        @Schema(examples = "UNIT_CODE_TAKEN", required = true, pattern = DomainException.CODE_PATTERN,
                description = "Mã ổn định của quy tắc hoặc nguyên nhân / stable machine-readable code of the rule or cause") String code,
        @Schema(examples = "Tên đơn vị không được để trống", required = true) String detail,
        @Schema(examples = "/api/v1/units") String instance,
        List<FieldError> errors,
        @Schema(description = "Bản ghi liên quan (nếu có) / the records the refusal is about, when it names some") List<ProblemRelated> related) {

    public Problem withRelated(List<ProblemRelated> records) {
        return new Problem(type, title, status, code, detail, instance, errors, records == null || records.isEmpty() ? null : records);
    }
}
