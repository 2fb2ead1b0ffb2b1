package vn.thidua.common.error;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Bodies Jackson cannot read: malformed JSON, duplicate keys, trailing content, wrong types, unknown
 * enum values, unknown or read-only fields, unsafe text. One mapper per Jackson type so that ours
 * win over the framework's defaults.
 */
public class JsonProblemMapper {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'");

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        String field = pathOf(e);
        return Problems.respond(ProblemKind.VALIDATION, "UNKNOWN_FIELD",
                Text.of("Trường không được phép: {0}", "Unknown or read-only field: {0}").with(field), headers, uri,
                List.of(new FieldError(field, Text.of("Trường không được phép gửi", "This field may not be set")
                        .in(Problems.locale(headers)), "UNKNOWN_FIELD")));
    }

    @ServerExceptionMapper
    public Response unsafeText(UnsafeTextException e, HttpHeaders headers, UriInfo uri) {
        String field = pathOf(e);
        String message = e.message().in(Problems.locale(headers));
        return Problems.respond(ProblemKind.VALIDATION, e.code(),
                Text.of("Trường {0}: {1}", "Field {0}: {1}").with(field, e.message()), headers, uri,
                List.of(new FieldError(field, message, e.code())));
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
        return parseFailure(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return parseFailure(e, headers, uri);
    }

    static Response parseFailure(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Response inner = innerDomainProblem(e, headers, uri);
        if (inner != null) {
            return inner;
        }
        if (e instanceof UnsafeTextException unsafe) {
            return new JsonProblemMapper().unsafeText(unsafe, headers, uri);
        }
        if (e instanceof JsonMappingException mapping) {
            return wrongType(mapping, headers, uri);
        }
        Response duplicate = duplicateKey(e, headers, uri);
        if (duplicate != null) {
            return duplicate;
        }
        return String.valueOf(e.getOriginalMessage()).startsWith("Trailing token") ? trailing(headers, uri)
                : malformed(headers, uri);
    }

    /** A refusal raised while the body was read (e.g. the body limit) and wrapped by databind; else null. */
    private static Response innerDomainProblem(Throwable e, HttpHeaders headers, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException domain) {
                return Problems.respond(domain.kind(), domain.code(), domain.detail(), headers, uri, List.of());
            }
        }
        return null;
    }

    /** A key given twice (the parser's strict duplicate detection), possibly wrapped by databind; else null. */
    private static Response duplicateKey(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(t instanceof JsonProcessingException j
                    ? j.getOriginalMessage() : t.getMessage()));
            if (duplicate.find()) {
                String field = join(parentPath(t instanceof JsonProcessingException j ? j : e), duplicate.group(1));
                Text message = Text.of("Khóa {0} xuất hiện hai lần", "Key {0} appears twice").with(field);
                return Problems.respond(ProblemKind.VALIDATION, "DUPLICATE_KEY", message, headers, uri,
                        List.of(new FieldError(field, message.in(Problems.locale(headers)), "DUPLICATE_KEY")));
            }
        }
        return null;
    }

    static Response wrongType(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        Response inner = innerDomainProblem(e, headers, uri);
        if (inner != null) {
            return inner;
        }
        if (e instanceof UnsafeTextException unsafe) {
            return new JsonProblemMapper().unsafeText(unsafe, headers, uri);
        }
        Response duplicate = duplicateKey(e, headers, uri);
        if (duplicate != null) {
            return duplicate;
        }
        String field = pathOf(e);
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Trailing token")) {
            return trailing(headers, uri);
        }
        if (field.isEmpty() || original.startsWith("Unexpected end-of-input")) {
            return malformed(headers, uri);
        }
        Text message = Text.of("Giá trị sai kiểu hoặc không thuộc danh sách cho phép",
                "Wrong type or a value outside the allowed list");
        return Problems.respond(ProblemKind.VALIDATION, "WRONG_TYPE",
                Text.of("Trường {0}: {1}.", "Field {0}: {1}.").with(field, message), headers, uri,
                List.of(new FieldError(field, message.in(Problems.locale(headers)), "WRONG_TYPE")));
    }

    private static Response trailing(HttpHeaders headers, UriInfo uri) {
        return Problems.respond(ProblemKind.MALFORMED_BODY, "TRAILING_CONTENT",
                Text.of("Có nội dung thừa sau giá trị JSON.", "There is content after the JSON value."), headers, uri);
    }

    static Response malformed(HttpHeaders headers, UriInfo uri) {
        return Problems.respond(ProblemKind.MALFORMED_BODY, "MALFORMED_JSON",
                Text.of("Nội dung JSON không hợp lệ.", "The request body is not valid JSON."), headers, uri);
    }

    /** The JSON path of the failing value: "decision.number", "predecessorIds[2]". */
    static String pathOf(JsonMappingException e) {
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

    /** Where the parser stood when it failed, outermost first ("decision"), for errors without a mapping path. */
    private static String parentPath(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "";
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext ctx = parser.getParsingContext(); ctx != null; ctx = ctx.getParent()) {
            JsonStreamContext parent = ctx.getParent();
            if (parent == null) {
                break;
            }
            if (parent.inObject() && parent.getCurrentName() != null) {
                parts.addFirst(parent.getCurrentName());
            } else if (parent.inArray()) {
                parts.addFirst("[" + parent.getCurrentIndex() + "]");
            }
        }
        String path = "";
        for (String part : parts) {
            path = part.startsWith("[") ? path + part : join(path, part);
        }
        return path;
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }
}
