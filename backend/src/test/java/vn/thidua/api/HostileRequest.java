package vn.thidua.api;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One request of the bad-input test while a case shapes it: path values and query already
 * percent-encoded (so cases can send raw {@code %00}), headers (a null value drops one), and a body
 * that is JSON (edited as a tree), multipart parts, or raw bytes.
 */
final class HostileRequest {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    static final String BOUNDARY = "----thidua-fuzz-7MA4YWxkTrZu0gW";

    record Part(String name, String filename, String contentType, byte[] content) {
    }

    String method;
    final String template;
    final Map<String, String> pathValues = new LinkedHashMap<>();
    final List<String> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    ObjectNode json;
    List<Part> parts;
    byte[] raw;

    HostileRequest(String method, String template) {
        this.method = method;
        this.template = template;
    }

    static String enc(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20");
    }

    void header(String name, String value) {
        headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
        if (value != null) {
            headers.put(name, value);
        }
    }

    String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    String path() {
        Matcher m = PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = pathValues.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for path parameter " + m.group(1) + " of " + template);
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    byte[] body() {
        if (raw != null) {
            return raw;
        }
        if (parts != null) {
            return multipart(parts, BOUNDARY);
        }
        if (json != null) {
            try {
                return JSON.writeValueAsBytes(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    static byte[] multipart(List<Part> parts, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.filename() == null ? "" : "; filename=\"" + part.filename() + "\"") + "\r\n"
                    + (part.contentType() == null ? "" : "Content-Type: " + part.contentType() + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    HttpRequest build(String baseUrl) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path())).timeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        byte[] body = body();
        return builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** What a failure report shows: method, path, headers (no token), body (cut). */
    String describe() {
        StringBuilder text = new StringBuilder(method).append(' ').append(cut(path(), 300));
        headers.forEach((k, v) -> {
            if (!k.equalsIgnoreCase("Authorization")) {
                text.append("\n    ").append(k).append(": ").append(cut(v, 200));
            }
        });
        byte[] body = body();
        if (body != null) {
            text.append("\n    body (").append(body.length).append(" bytes): ")
                    .append(cut(new String(body, StandardCharsets.UTF_8), 400));
        }
        return text.toString();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
