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
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes every API operation in the contract: bearer security, the problem responses it can
 * give (RFC 9457), and the ETag / Location headers of single-resource responses.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put("400", "Dữ liệu không hợp lệ / invalid request");
        DESCRIPTIONS.put("401", "Chưa xác thực / missing or invalid token");
        DESCRIPTIONS.put("403", "Không có quyền / not allowed");
        DESCRIPTIONS.put("404", "Không tìm thấy / not found");
        DESCRIPTIONS.put("406", "Không chấp nhận định dạng / not acceptable");
        DESCRIPTIONS.put("409", "Xung đột trạng thái / state conflict");
        DESCRIPTIONS.put("413", "Tệp quá lớn / payload too large");
        DESCRIPTIONS.put("412", "Phiên bản cũ (If-Match) / stale version");
        DESCRIPTIONS.put("413", "Nội dung quá lớn / request body too large");
        DESCRIPTIONS.put("415", "Kiểu nội dung không hỗ trợ / unsupported media type");
        DESCRIPTIONS.put("422", "Vi phạm quy định nghiệp vụ / business rule violated");
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
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> complete(method, path, operation));
            }
        });
    }

    private void complete(PathItem.HttpMethod method, String path, Operation operation) {
        operation.setSecurity(java.util.List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
        APIResponses responses = operation.getResponses();
        boolean hasId = path.contains("{");
        boolean hasBody = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
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
        addHeaders(method, hasId, responses);
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
