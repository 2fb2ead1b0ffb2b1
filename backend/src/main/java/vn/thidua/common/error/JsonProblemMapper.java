package vn.thidua.common.error;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Bodies Jackson cannot read: malformed JSON, wrong types, unknown enum values, unknown or
 * read-only fields. One mapper per Jackson type so that ours win over the framework's defaults.
 */
public class JsonProblemMapper {

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        String field = pathOf(e);
        return Problems.respond(ProblemKind.VALIDATION,
                Text.of("Trường không được phép: " + field, "Unknown or read-only field: " + field)
                        .in(Problems.locale(headers)),
                uri, List.of(new FieldError(field, Text.of("Trường không được phép gửi", "This field may not be set")
                        .in(Problems.locale(headers)))));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        return wrongType(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return wrongType(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        return wrongType(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return malformed(headers, uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return malformed(headers, uri);
    }

    static Response wrongType(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        String field = pathOf(e);
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (field.isEmpty() || original.startsWith("Unexpected end-of-input")) {
            return malformed(headers, uri);
        }
        String message = Text.of("Giá trị sai kiểu hoặc không thuộc danh sách cho phép",
                "Wrong type or a value outside the allowed list").in(Problems.locale(headers));
        return Problems.respond(ProblemKind.VALIDATION, message, uri, List.of(new FieldError(field, message)));
    }

    static Response malformed(HttpHeaders headers, UriInfo uri) {
        return Problems.respond(ProblemKind.MALFORMED_BODY,
                Text.of("Nội dung JSON không hợp lệ.", "The request body is not valid JSON."), headers, uri);
    }

    /** The JSON path of the failing value: "decision.number", "predecessorIds[2]". */
    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
