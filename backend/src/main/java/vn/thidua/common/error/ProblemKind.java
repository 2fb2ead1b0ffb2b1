package vn.thidua.common.error;

/**
 * The stable problem types of the API; {@link #type()} never changes once published. Each kind has
 * a default {@code code} and detail for the answers that carry nothing more specific.
 */
public enum ProblemKind {
    VALIDATION(400, "validation", "Dữ liệu không hợp lệ / Invalid request data", "INVALID_INPUT",
            Text.of("Yêu cầu có dữ liệu không hợp lệ.", "The request has invalid data.")),
    MALFORMED_BODY(400, "malformed-body", "Nội dung yêu cầu không đọc được / Malformed request body", "MALFORMED_JSON",
            Text.of("Nội dung JSON không hợp lệ.", "The request body is not valid JSON.")),
    BAD_REQUEST(400, "bad-request", "Yêu cầu không hợp lệ / Bad request", "BAD_REQUEST",
            Text.of("Yêu cầu HTTP không hợp lệ.", "The HTTP request is not valid.")),
    UNAUTHENTICATED(401, "unauthenticated", "Chưa đăng nhập hoặc phiên đã hết hạn / Authentication required",
            "AUTHENTICATION_REQUIRED", Text.of("Cần mã truy cập (Bearer token) hợp lệ.", "A valid bearer token is required.")),
    FORBIDDEN(403, "forbidden", "Không có quyền thực hiện / Not allowed", "ACCESS_DENIED",
            Text.of("Bạn không có quyền thực hiện thao tác này.", "You are not allowed to do this.")),
    NOT_FOUND(404, "not-found", "Không tìm thấy / Not found", "NOT_FOUND",
            Text.of("Không có tài nguyên nào ở địa chỉ này.", "Nothing exists at this address.")),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Phương thức không được hỗ trợ / Method not allowed",
            "METHOD_NOT_ALLOWED", Text.of("Địa chỉ này không hỗ trợ phương thức HTTP đã gửi.",
                    "This address does not support the HTTP method sent.")),
    NOT_ACCEPTABLE(406, "not-acceptable", "Định dạng phản hồi không được hỗ trợ / Not acceptable", "NOT_ACCEPTABLE",
            Text.of("Chỉ trả lời được dạng application/json.", "Answers are application/json only.")),
    CONFLICT(409, "conflict", "Xung đột với dữ liệu hiện có / Conflict with the current state", "CONFLICT",
            Text.of("Thao tác mâu thuẫn với dữ liệu hiện có.", "The change clashes with the current state.")),
    PRECONDITION_FAILED(412, "stale-version", "Dữ liệu đã bị thay đổi bởi người khác / The resource was changed by someone else",
            "STALE_ETAG", Text.of("Bản ghi đã được người khác cập nhật sau lần bạn đọc; hãy tải lại.",
                    "The record changed since you read it; reload it.")),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Nội dung quá lớn / Payload too large", "BODY_TOO_LARGE",
            Text.of("Nội dung yêu cầu vượt quá giới hạn cho phép.", "The request body exceeds the allowed size.")),
    URI_TOO_LONG(414, "uri-too-long", "Địa chỉ quá dài / URI too long", "URI_TOO_LONG",
            Text.of("Địa chỉ (URI) của yêu cầu quá dài.", "The request URI is too long.")),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Kiểu nội dung không được hỗ trợ / Unsupported media type",
            "UNSUPPORTED_MEDIA_TYPE", Text.of("Nội dung phải là application/json.", "The body must be application/json.")),
    RULE_VIOLATION(422, "rule-violation", "Vi phạm quy định nghiệp vụ / Business rule violated", "RULE_VIOLATED",
            Text.of("Yêu cầu vi phạm quy định nghiệp vụ.", "The request breaks a business rule.")),
    PRECONDITION_REQUIRED(428, "if-match-required", "Thiếu phiên bản (If-Match) / If-Match header required",
            "IF_MATCH_REQUIRED", Text.of("Cần gửi If-Match với ETag của lần đọc gần nhất.",
                    "Send If-Match with the ETag of your last read.")),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Phần đầu yêu cầu quá lớn / Request headers too large",
            "HEADERS_TOO_LARGE", Text.of("Phần đầu (header) của yêu cầu quá lớn.", "The request headers are too large.")),
    CLIENT_ERROR(400, "client-error", "Yêu cầu không được chấp nhận / Request refused", "REQUEST_REFUSED",
            Text.of("Yêu cầu không được chấp nhận.", "The request was refused.")),
    INTERNAL(500, "internal", "Lỗi hệ thống / Internal error", "INTERNAL_ERROR",
            Text.of("Lỗi hệ thống.", "Internal error.")),
    UNAVAILABLE(503, "unavailable", "Dịch vụ tạm thời gián đoạn / Service temporarily unavailable", "SERVICE_UNAVAILABLE",
            Text.of("Dịch vụ tạm thời không sẵn sàng; hãy thử lại sau.", "The service is unavailable; try again later."));

    private static final String BASE = "urn:thidua:problem:";

    private final int status;
    private final String slug;
    private final String title;
    private final String code;
    private final Text detail;

    ProblemKind(int status, String slug, String title, String code, Text detail) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.code = code;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String type() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    /** The code of an answer of this kind that carries no more specific one. */
    public String defaultCode() {
        return code;
    }

    public Text defaultDetail() {
        return detail;
    }

    /**
     * The kind for an HTTP status: the first kind with that status; otherwise {@link #CLIENT_ERROR}
     * or {@link #INTERNAL}, which callers answer with the original status (a 413 stays a 413).
     */
    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status && kind != VALIDATION && kind != MALFORMED_BODY) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : CLIENT_ERROR;
    }
}
