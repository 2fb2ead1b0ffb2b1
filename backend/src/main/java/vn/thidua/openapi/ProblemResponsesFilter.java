package vn.thidua.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import vn.thidua.common.idempotency.IdempotencyKeys;

/**
 * Completes every API operation in the contract: bearer security, the problem responses it can
 * give (RFC 9457), the ETag / Location headers of single-resource responses, and on every write
 * (POST, PUT, PATCH, DELETE) the optional {@code Idempotency-Key} header with its 409 / 422 answers and
 * the {@code Idempotent-Replayed} header of a replayed answer (ADR 0016).
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();
    private static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    private static final String IDEMPOTENT_REPLAYED = "IdempotentReplayed";

    static {
        DESCRIPTIONS.put("400", "Dữ liệu không hợp lệ / invalid request");
        DESCRIPTIONS.put("401", "Chưa xác thực / missing or invalid token");
        DESCRIPTIONS.put("403", "Không có quyền / not allowed");
        DESCRIPTIONS.put("404", "Không tìm thấy / not found");
        DESCRIPTIONS.put("406", "Không chấp nhận định dạng / not acceptable");
        DESCRIPTIONS.put("409", "Xung đột trạng thái (cả IDEMPOTENCY_IN_PROGRESS) / state conflict (also IDEMPOTENCY_IN_PROGRESS)");
        DESCRIPTIONS.put("413", "Tệp quá lớn / payload too large");
        DESCRIPTIONS.put("412", "Phiên bản cũ (If-Match) / stale version");
        DESCRIPTIONS.put("413", "Nội dung quá lớn / request body too large");
        DESCRIPTIONS.put("415", "Kiểu nội dung không hỗ trợ / unsupported media type");
        DESCRIPTIONS.put("422", "Vi phạm quy định nghiệp vụ (cả IDEMPOTENCY_KEY_REUSED) / business rule violated (also IDEMPOTENCY_KEY_REUSED)");
        DESCRIPTIONS.put("428", "Thiếu If-Match / If-Match required");
        DESCRIPTIONS.put("500", "Lỗi hệ thống / internal error");
        DESCRIPTIONS.put("503", "Tạm thời không phục vụ được (cơ sở dữ liệu, kho lưu tệp), thử lại sau / temporarily unavailable (database, file storage), retry later");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("Keycloak access token (audience thidua-api)"));
        addIdempotencyComponents(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> complete(method, path, operation));
            }
        });
    }

    private void complete(PathItem.HttpMethod method, String path, Operation operation) {
        // published results are read without a token (an empty requirement: anonymous allowed)
        operation.setSecurity(java.util.List.of(path.startsWith("/api/v1/public/") ? OASFactory.createSecurityRequirement()
                : OASFactory.createSecurityRequirement().addScheme("bearer")));
        APIResponses responses = operation.getResponses();
        boolean hasId = path.contains("{");
        boolean hasBody = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        boolean write = hasBody || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.PATCH;
        boolean conditional = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE
                || path.endsWith("/status") || (operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> "If-Match".equals(p.getName())));
        for (String status : new String[] { "400", "401", "403", "406", "500", "503" }) {
            addProblem(responses, status);
        }
        if (hasId) {
            addProblem(responses, "404");
        }
        if (hasBody) {
            addProblem(responses, "413");
            addProblem(responses, "415");
            addProblem(responses, "422");
            addProblem(responses, "409");
        }
        if (conditional) {
            addProblem(responses, "409");
            addProblem(responses, "412");
            addProblem(responses, "422");
            addProblem(responses, "428");
        }
        boolean upload = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("multipart/form-data");
        if (upload) {
            addProblem(responses, "413");
            addProblem(responses, "503");
        }
        if (write) {
            addIdempotencyKey(operation, responses);
        }
        addHeaders(method, hasId, responses);
    }

    /** The optional Idempotency-Key of every write (vn.thidua.common.idempotency.IdempotencyKeys). */
    private static void addIdempotencyKey(Operation operation, APIResponses responses) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotencyKeys.HEADER.equalsIgnoreCase(p.getName())
                        || ("#/components/parameters/" + IDEMPOTENCY_KEY).equals(p.getRef()));
        if (!declared) {
            operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + IDEMPOTENCY_KEY));
        }
        addProblem(responses, "400");
        addProblem(responses, "409");
        addProblem(responses, "422");
        APIResponse inProgress = responses.getAPIResponse("409");
        if (inProgress != null && (inProgress.getHeaders() == null || !inProgress.getHeaders().containsKey("Retry-After"))) {
            inProgress.addHeader("Retry-After", OASFactory.createHeader().ref("#/components/headers/RetryAfter"));
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && (response.getHeaders() == null
                    || !response.getHeaders().containsKey(IdempotencyKeys.REPLAYED))) {
                response.addHeader(IdempotencyKeys.REPLAYED,
                        OASFactory.createHeader().ref("#/components/headers/" + IDEMPOTENT_REPLAYED));
            }
        });
    }

    private static void addIdempotencyComponents(OpenAPI openAPI) {
        openAPI.getComponents().addParameter(IDEMPOTENCY_KEY, OASFactory.createParameter().name(IdempotencyKeys.HEADER)
                .in(Parameter.In.HEADER).required(false).description("""
                        Khóa chống lặp (tùy chọn): gửi lại cùng yêu cầu với cùng khóa trong 24 giờ thì nhận lại \
                        đúng phản hồi đầu tiên (kèm Idempotent-Replayed: true), thao tác không thực hiện lần hai; \
                        cùng khóa cho yêu cầu khác: 422 IDEMPOTENCY_KEY_REUSED; khi yêu cầu đầu còn đang xử lý: \
                        409 IDEMPOTENCY_IN_PROGRESS với Retry-After; sai cú pháp: 400 IDEMPOTENCY_KEY_INVALID. \
                        / Optional: a retry with the same key (per caller, 24 h) gets the first answer replayed \
                        (Idempotent-Replayed: true) and is not executed again; the same key for another request \
                        is 422 IDEMPOTENCY_KEY_REUSED; while the first is in flight, 409 IDEMPOTENCY_IN_PROGRESS \
                        with Retry-After; malformed, 400 IDEMPOTENCY_KEY_INVALID. See ADR 0016.""")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1)
                        .maxLength(IdempotencyKeys.MAX_LENGTH).pattern(IdempotencyKeys.PATTERN))
                .example("5b3f0c2e-8d7a-4c1e-9f0a-2a6d3e4b5c6d"));
        openAPI.getComponents().addHeader(IDEMPOTENT_REPLAYED, OASFactory.createHeader().description(
                "true khi đây là phản hồi đầu tiên được gửi lại (Idempotency-Key) / true when this is the stored first answer replayed")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).addEnumeration("true")));
        openAPI.getComponents().addHeader("RetryAfter", OASFactory.createHeader()
                .description("Giây chờ trước khi thử lại (IDEMPOTENCY_IN_PROGRESS) / seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
    }

    private static void addHeaders(PathItem.HttpMethod method, boolean hasId, APIResponses responses) {
        APIResponse created = responses.getAPIResponse("201");
        if (created != null) {
            created.addHeader("Location", header("URI of the new resource / địa chỉ tài nguyên mới"));
            created.addHeader("ETag", header("Version to send back in If-Match"));
        }
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null && hasId && method != PathItem.HttpMethod.DELETE) {
            ok.addHeader("ETag", header("Version to send back in If-Match / phiên bản để gửi lại trong If-Match"));
        }
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static void addProblem(APIResponses responses, String status) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        Content content = OASFactory.createContent().addMediaType("application/problem+json", problem);
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(DESCRIPTIONS.get(status))
                .content(content));
    }
}
