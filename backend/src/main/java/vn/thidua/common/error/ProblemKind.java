package vn.thidua.common.error;

/** The stable problem types of the API; {@link #type()} never changes once published. */
public enum ProblemKind {
    VALIDATION(400, "validation", "Dữ liệu không hợp lệ / Invalid request data"),
    MALFORMED_BODY(400, "malformed-body", "Nội dung yêu cầu không đọc được / Malformed request body"),
    UNAUTHENTICATED(401, "unauthenticated", "Chưa đăng nhập hoặc phiên đã hết hạn / Authentication required"),
    FORBIDDEN(403, "forbidden", "Không có quyền thực hiện / Not allowed"),
    NOT_FOUND(404, "not-found", "Không tìm thấy / Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Phương thức không được hỗ trợ / Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Định dạng phản hồi không được hỗ trợ / Not acceptable"),
    CONFLICT(409, "conflict", "Xung đột với dữ liệu hiện có / Conflict with the current state"),
    PRECONDITION_FAILED(412, "stale-version", "Dữ liệu đã bị thay đổi bởi người khác / The resource was changed by someone else"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Kiểu nội dung không được hỗ trợ / Unsupported media type"),
    RULE_VIOLATION(422, "rule-violation", "Vi phạm quy định nghiệp vụ / Business rule violated"),
    PRECONDITION_REQUIRED(428, "if-match-required", "Thiếu phiên bản (If-Match) / If-Match header required"),
    INTERNAL(500, "internal", "Lỗi hệ thống / Internal error"),
    UNAVAILABLE(503, "unavailable", "Dịch vụ tạm thời gián đoạn / Service temporarily unavailable");

    private static final String BASE = "urn:thidua:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
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

    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
