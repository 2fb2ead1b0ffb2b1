package vn.thidua.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The API as the benchmarks that build their data through it call it: JSON in and out, a caller's
 * bearer token, If-Match taken from the resource read just before, any other status than the expected
 * one a failure of the run (never a figure).
 */
final class BenchApi {

    record Answer(int status, String etag, JsonObject json) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String api;
    private final Function<String, String> tokens;
    private final String caller;
    private final String what;

    /** Calls as {@code caller} (a username whose token {@code tokens} gives); {@code what} names the bench in failures. */
    BenchApi(String api, Function<String, String> tokens, String caller, String what) {
        this.api = api;
        this.tokens = tokens;
        this.caller = caller;
        this.what = what;
    }

    /** The same API as another caller. */
    BenchApi as(String user) {
        return new BenchApi(api, tokens, user, what);
    }

    /** A PUT whose If-Match is the ETag of the resource above it ({@code path} without its last segment). */
    void put(String path, String body) throws Exception {
        put(path, body, path.replaceFirst("/[a-z-]+$", ""));
    }

    void put(String path, String body, String etagOf) throws Exception {
        require(send("PUT", path, body, send("GET", etagOf, null, null).etag()), 200, path);
    }

    /** A POST whose If-Match is the ETag of the resource above it ({@code path} without its last segment). */
    void post(String path, String body) throws Exception {
        post(path, body, path.replaceFirst("/[a-z-]+$", ""));
    }

    void post(String path, String body, String etagOf) throws Exception {
        require(send("POST", path, body, send("GET", etagOf, null, null).etag()), 200, path);
    }

    /** Creates and answers the new resource's id (201 expected). */
    long create(String path, String body) throws Exception {
        Answer a = send("POST", path, body, null);
        require(a, 201, path);
        return a.json().getJsonNumber("id").longValue();
    }

    Answer send(String method, String path, String body, String ifMatch) throws Exception {
        return send(method, path, body, ifMatch, Map.of());
    }

    Answer send(String method, String path, String body, String ifMatch, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.apply(caller)).header("Accept", "application/json")
                .header("Accept-Language", "vi");
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        headers.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null || !"GET".equals(method)) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        String text = res.body();
        JsonObject json = text.startsWith("{") ? Json.createReader(new StringReader(text)).readObject() : JsonValue.EMPTY_JSON_OBJECT;
        return new Answer(res.statusCode(), res.headers().firstValue("ETag").orElse(null), json);
    }

    void require(Answer a, int status, String step) {
        if (a.status() != status) {
            throw new IllegalStateException(what + ": " + step + " answered " + a.status() + " " + a.json());
        }
    }
}
