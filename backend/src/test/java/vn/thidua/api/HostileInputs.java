package vn.thidua.api;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.api.Contract.Operation;
import vn.thidua.api.Contract.Param;
import vn.thidua.api.HostileRequest.Part;

/**
 * The hostile inputs of one operation, derived from its schema in openapi.yaml: wrong types per
 * property, missing required ones, unknown ones, huge and overflowing numbers and strings, bad
 * ids, dates and enum values, unsafe text, malformed and deeply nested JSON, duplicate keys,
 * trailing content, bad media types, Accept, Accept-Language, If-Match and query parameters, junk
 * multipart. Each case changes one thing of an otherwise valid request.
 *
 * <p>A case is {@code benign} when a correct server may accept it (an unknown query parameter, a
 * malformed Accept-Language that is ignored): on a write it is then sent with a {@linkplain #spoil
 * spoiled} body as well, so that every request to a write must be refused.
 */
final class HostileInputs {

    /** What a case needs from the actor it is sent as: ids of rows in and out of the actor's scope. */
    interface Target {
        long own(String kind);

        long foreign(String kind);

        String ownEtag(String kind);

        JsonNode sample(JsonNode schema, String name);
    }

    record Case(String label, boolean body, boolean benign, boolean heavy, boolean foreign,
            BiConsumer<HostileRequest, Target> apply) {
    }

    /** Path segment before an id → the kind of row it names; a new collection needs a line here. */
    static final Map<String, String> COLLECTIONS = Map.ofEntries(Map.entry("units", "unit"), Map.entry("blocs", "bloc"),
            Map.entry("terms", "term"), Map.entry("memberships", "membership"), Map.entry("files", "file"),
            Map.entry("unit-successions", "succession"), Map.entry("provinces", "province"), Map.entry("conferences", "conference"),
            Map.entry("campaigns", "campaign"), Map.entry("registrations", "registration"),
            Map.entry("covenants", "covenant"), Map.entry("covenant-signatures", "signature"), Map.entry("schemes", "scheme"),
            Map.entry("scoring-rounds", "round"), Map.entry("sheets", "sheet"), Map.entry("reviews", "review"),
            Map.entry("criteria", "criterion"), Map.entry("rankings", "ranking"),
            Map.entry("leadership-results", "leadershipResult"),
            Map.entry("restrictions", "restriction"), Map.entry("award-proposals", "proposal"), Map.entry("items", "proposalItem"),
            Map.entry("votes", "vote"));

    static final String OVERFLOW = "9223372036854775808";
    static final String UNDERFLOW = "-9223372036854775809";
    static final long MISSING_ID = 987_654_321L;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARK = "@@fuzz@@";

    private final Contract contract;
    private final Operation op;
    private final List<Case> cases = new ArrayList<>();

    private HostileInputs(Contract contract, Operation op) {
        this.contract = contract;
        this.op = op;
    }

    static List<Case> of(Contract contract, Operation op) {
        HostileInputs inputs = new HostileInputs(contract, op);
        inputs.pathCases();
        inputs.queryCases();
        inputs.headerCases();
        if (op.body() != null) {
            switch (op.body().mediaType()) {
                case "application/json" -> inputs.jsonCases();
                case "multipart/form-data" -> inputs.multipartCases();
                default -> throw new IllegalStateException(op + ": no hostile inputs for bodies of "
                        + op.body().mediaType() + "; teach HostileInputs that media type");
            }
        }
        return inputs.cases;
    }

    /** The kind of row a path parameter names, from the segment before it ("/terms/{termId}/…" → term). */
    static String kindOf(Operation op, String param) {
        String[] segments = op.path().split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + param + "}")) {
                String kind = COLLECTIONS.get(segments[i - 1]);
                if (kind == null) {
                    throw new IllegalStateException(op + ": no fixture for path parameter {" + param + "} after /"
                            + segments[i - 1] + "; add the collection to HostileInputs.COLLECTIONS and a row to"
                            + " ContractFuzzTest's fixtures");
                }
                return kind;
            }
        }
        throw new IllegalStateException(op + ": path parameter " + param + " is not in the path");
    }

    /** The kind of row a body property names by id: unitId, blocId, predecessorIds, supersedes; else null. */
    static String idKindOf(String property) {
        String name = property.replaceFirst("Ids?$", "");
        if (name.equals(property) && !property.equals("supersedes")) {
            return null;
        }
        return switch (name) {
            case "unit", "predecessor", "successor", "hostUnit", "chairUnit", "reviewerUnit", "leaderUnit", "deputyUnit", "candidateUnit" -> "unit";
            case "supersedes", "file" -> "file";
            case "bloc", "term", "province", "membership", "succession", "campaign", "scheme", "conference", "sheet", "criterion" -> name;
            case "respondsToCampaign" -> "campaign";
            case "entity", "linked" -> null;
            default -> throw new IllegalStateException("body property " + property
                    + " looks like an id of rows ContractFuzzTest has no fixture for: teach HostileInputs.idKindOf");
        };
    }

    // ── path ────────────────────────────────────────────────────────────────────────────────

    private void pathCases() {
        for (Param p : op.params("path")) {
            String kind = kindOf(op, p.name());
            add("path " + p.name() + " = another province's", false, false, false, true, (r, t) -> {
                r.pathValues.put(p.name(), Long.toString(t.foreign(kind)));
                if (op.header("If-Match")) {
                    r.header("If-Match", "*");
                }
            });
            for (String bad : List.of("0", "-1", OVERFLOW, UNDERFLOW, "abc", "1.5", "1e3", "0x1F", "%00", "%FF",
                    "%EF%BC%91", "..%2F..%2Fq%2Fhealth", Long.toString(MISSING_ID), "%20", "null")) {
                add("path " + p.name() + " = " + bad, false, false, false, false, (r, t) -> r.pathValues.put(p.name(), bad));
            }
            add("path " + p.name() + " = own id + junk", false, false, false, false,
                    (r, t) -> r.pathValues.put(p.name(), t.own(kind) + "abc"));
            add("path " + p.name() + " = own id with leading zeros", false, true, false, false,
                    (r, t) -> r.pathValues.put(p.name(), "000" + t.own(kind)));
            add("path " + p.name() + " = empty", false, true, false, false, (r, t) -> r.pathValues.put(p.name(), ""));
            // a JAX-RS matrix parameter: /terms/5;x=1 is term 5 (the API has no matrix parameters; ignored)
            add("path " + p.name() + " = own id;matrix", false, true, false, false,
                    (r, t) -> r.pathValues.put(p.name(), t.own(kind) + ";x=1"));
        }
        add("URI of 5000 characters", false, false, false, false, (r, t) -> r.query.add("zz=" + "a".repeat(5000)));
        if (!op.method().equals("PATCH")) {
            add("method PATCH", false, false, false, false, (r, t) -> r.method = "PATCH");
        }
    }

    // ── query ───────────────────────────────────────────────────────────────────────────────

    private void queryCases() {
        for (Param p : op.params("query")) {
            for (String value : queryValues(p)) {
                add("query " + p.name() + "=" + HostileRequest.cut(value, 40), false, true, false, false,
                        (r, t) -> r.query.add(p.name() + "=" + value));
            }
            add("query " + p.name() + " repeated", false, true, false, false,
                    (r, t) -> r.query.add(p.name() + "=1&" + p.name() + "=x"));
            add("query " + p.name() + " without =", false, true, false, false, (r, t) -> r.query.add(p.name()));
            if (p.schema().path("format").asText().equals("int64") && p.name().endsWith("Id")) {
                String kind = idKindOf(p.name());
                if (kind != null) {
                    add("query " + p.name() + " = another province's", false, true, false, false,
                            (r, t) -> r.query.add(p.name() + "=" + t.foreign(kind)));
                }
            }
        }
        if (!op.params("query").isEmpty()) {
            add("query page=2147483647&size=100", false, true, false, false, (r, t) -> r.query.add("page=2147483647&size=100"));
            add("query page=21474836&size=100", false, true, false, false, (r, t) -> r.query.add("page=21474836&size=100"));
        }
        add("query unknown filter", false, true, false, false, (r, t) -> r.query.add("zzUnknown=1&provinceId%5B%5D=1"));
        add("query with a truncated UTF-8 sequence", false, true, false, false, (r, t) -> r.query.add("q=%E0%A4&x=%C3"));
    }

    private static List<String> queryValues(Param p) {
        JsonNode s = p.schema();
        List<String> values = new ArrayList<>(List.of("", "%00", "%FF", "%ED%A0%80", "%E2%80%AE", "a".repeat(3000)));
        if (s.has("enum")) {
            values.addAll(List.of("NO_SUCH_VALUE", s.get("enum").get(0).asText().toLowerCase(Locale.ROOT), "%20"));
        }
        switch (Contract.type(s)) {
            case "integer", "number" -> {
                values.addAll(List.of("abc", "1.5", "-1", "0", OVERFLOW, UNDERFLOW, "1e3", "%2B1", "0x10", "%201%20"));
                if (s.has("maximum")) {
                    values.add(new BigInteger(s.get("maximum").asText()).add(BigInteger.ONE).toString());
                }
                if (s.has("minimum")) {
                    values.add(new BigInteger(s.get("minimum").asText()).subtract(BigInteger.ONE).toString());
                }
                values.add("1".repeat(400));
            }
            case "boolean" -> values.addAll(List.of("yes", "2", "TRUE"));
            default -> {
                if (s.path("format").asText().equals("date")) {
                    values.addAll(List.of("2024-02-30", "31%2F12%2F2024", "99999-01-01", "2024-1-1", "h%C3%B4m-nay",
                            "-999999999-01-01", "%2B999999999-12-31"));
                }
                values.addAll(List.of("%25", "_", "%27", "%22%3B%20drop%20table%20unit%3B%20--", "-", "--name",
                        "name%2Cid", "password", "%2Bname", "%5Cx"));
            }
        }
        return values;
    }

    // ── headers ─────────────────────────────────────────────────────────────────────────────

    private void headerCases() {
        for (String accept : List.of("application/xml", "text/html", "image/gif")) {
            add("Accept: " + accept, false, !op.jsonAnswer(), false, false, (r, t) -> r.header("Accept", accept));
        }
        for (String accept : List.of("application/json;q=0", "*/*;q=abc", "garbage", "application/json, ", ";;;",
                "application/*;q=1.5", "a/" + "b".repeat(3000))) {
            add("Accept: " + HostileRequest.cut(accept, 40), false, true, false, false, (r, t) -> r.header("Accept", accept));
        }
        for (String language : List.of("en;q=foo", "en-GB;q=1.5", ";;;q=abc", "\u00ff\u00fe", "*;q=0", "vi-VN-x-",
                "en;q=0.5;q=0.9", "en-" + "x".repeat(2000), ",".repeat(500), "q=1")) {
            add("Accept-Language: " + HostileRequest.cut(language, 40), false, true, false, false,
                    (r, t) -> r.header("Accept-Language", language));
        }
        add("headers of 20 kB", false, false, false, false, (r, t) -> r.header("X-Filler", "b".repeat(20_000)));
        add("Origin not allowed", false, false, false, false, (r, t) -> r.header("Origin", "https://evil.example"));
        add("Origin null", false, false, false, false, (r, t) -> r.header("Origin", "null"));
        add("X-HTTP-Method-Override: DELETE", false, true, false, false,
                (r, t) -> r.header("X-HTTP-Method-Override", "DELETE"));
        add("X-Request-Id junk", false, true, false, false, (r, t) -> r.header("X-Request-Id", "\u00ff" + "\"".repeat(300)));
        add("Authorization: garbage bearer", false, false, false, false, (r, t) -> r.header("Authorization", "Bearer abc.def.ghi"));
        add("Authorization: Basic", false, false, false, false,
                (r, t) -> r.header("Authorization", "Basic YWRtaW46VGhpRHVhQDIwMjY="));
        add("Authorization: Bearer without token", false, false, false, false, (r, t) -> r.header("Authorization", "Bearer"));
        add("Authorization: token with a flipped signature", false, false, false, false, (r, t) -> {
            String token = r.header("Authorization");
            String jwt = token == null ? "eyJhbGciOiJSUzI1NiJ9.e30.c2ln" : token.substring("Bearer ".length());
            char last = jwt.charAt(jwt.length() - 2);
            r.header("Authorization", "Bearer " + jwt.substring(0, jwt.length() - 2) + (last == 'A' ? 'B' : 'A')
                    + jwt.charAt(jwt.length() - 1));
        });
        if (op.header("Idempotency-Key")) {
            // a key the server cannot keep: refused (400) before anything runs, never stored, never a 500.
            // Only what java.net.http sends as written: it turns non-ASCII into '?', a valid key (the
            // non-ASCII case is IdempotencyApiTest.aMalformedKeyIsRefused, through RestAssured).
            for (String bad : List.of("", "k".repeat(101), "a\tb", "\t")) {
                add("Idempotency-Key: " + HostileRequest.cut(bad, 30), false, false, false, false,
                        (r, t) -> r.header("Idempotency-Key", bad));
            }
        }
        if (op.header("If-Match")) {
            add("If-Match missing", false, false, false, false, (r, t) -> r.header("If-Match", null));
            for (String bad : List.of("", "0", "abc", "\"unterminated", "\"stale\"", "*, \"a\"", "\"a\" \"b\"",
                    "\"a\",,,\"b\"x", "\"\u00ff\"", String.join(",", java.util.Collections.nCopies(60, "\"x\"")),
                    "\"" + "x".repeat(8000) + "\"")) {
                add("If-Match: " + HostileRequest.cut(bad, 30), false, false, false, false, (r, t) -> r.header("If-Match", bad));
            }
            add("If-Match: the weak form of the current ETag", false, false, false, false,
                    (r, t) -> r.header("If-Match", "W/" + r.header("If-Match")));
            add("If-Match: the current ETag unquoted", false, false, false, false,
                    (r, t) -> r.header("If-Match", r.header("If-Match").replace("\"", "")));
        }
        if (op.body() != null) {
            boolean json = op.body().mediaType().equals("application/json");
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    json ? "multipart/form-data; boundary=x" : "application/json")) {
                add("Content-Type: " + type, false, false, false, false, (r, t) -> r.header("Content-Type", type));
            }
            for (String type : List.of("application/json; charset=ebcdic", "application/json;;;", "garbage", "*/*",
                    "application/problem+json", json ? "application/json; charset=utf-16" : "multipart/form-data")) {
                add("Content-Type: " + type, false, true, false, false, (r, t) -> r.header("Content-Type", type));
            }
            add("Content-Type missing", false, true, false, false, (r, t) -> r.header("Content-Type", null));
        }
    }

    // ── JSON bodies ─────────────────────────────────────────────────────────────────────────

    private void jsonCases() {
        JsonNode schema = op.body().schema();
        String raw = "body ";
        raw("empty body", r -> new byte[0]);
        for (String text : List.of("null", "[]", "\"x\"", "12", "true", "{", "{\"a\": }", "{'a': 1}", "{\"a\": 1,}",
                "{\"a\" 1}", "{\"a\": NaN}", "{\"a\": 01}", "{\"a\": \"\\x\"}", "{\"a\": \"\\u12\"}", "/* c */ {}",
                "{\"a\": 1} // c", "[" .repeat(100_000), "{\"a\":".repeat(50_000))) {
            raw(raw + HostileRequest.cut(text, 30), r -> text.getBytes(StandardCharsets.UTF_8));
        }
        if (schema.path("required").size() > 0) {
            raw("body {}", r -> "{}".getBytes(StandardCharsets.UTF_8));
        }
        raw("trailing garbage", r -> concat(r.body(), " x"));
        raw("two documents", r -> concat(r.body(), new String(r.body(), StandardCharsets.UTF_8)));
        raw("an extra }", r -> concat(r.body(), "}"));
        raw("an extra ]", r -> concat(r.body(), "]"));
        raw("truncated", r -> java.util.Arrays.copyOf(r.body(), r.body().length / 2));
        raw("a NUL byte between tokens", r -> concat(new byte[] { 0 }, new String(r.body(), StandardCharsets.UTF_8)));
        if (schema.path("required").size() > 0) {
            body("all properties null", false, (r, t) -> {
                List<String> names = new ArrayList<>();
                r.json.fieldNames().forEachRemaining(names::add);
                names.forEach(r.json::putNull);
            });
        }
        body("unknown property", false, (r, t) -> r.json.put("zzUnknown", 1));
        body("unknown property id", false, (r, t) -> r.json.put("id", 1));
        body("unknown property version", false, (r, t) -> r.json.put("version", 0));
        body("unknown property __proto__", false, (r, t) -> r.json.putObject("__proto__").put("admin", true));
        body("2 MB body", true, (r, t) -> r.json.put("zzFiller", "x".repeat(2_100_000)));
        objectCases(schema, List.of(), 0);
    }

    private void objectCases(JsonNode schema, List<String> at, int depth) {
        JsonNode properties = schema.path("properties");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        String prefix = at.isEmpty() ? "" : String.join(".", at) + ".";
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode ps = contract.resolve(property.getValue());
            List<String> path = append(at, name);
            boolean isRequired = required.contains(name);
            String label = prefix + name;
            if (isRequired) {
                body(label + " missing", false, (r, t) -> parent(r, t, path, schema).remove(name));
                body(label + " null", false, (r, t) -> parent(r, t, path, schema).putNull(name));
            }
            for (Object[] bad : badValues(name, ps, isRequired)) {
                String what = (String) bad[0];
                boolean heavy = (Boolean) bad[2];
                @SuppressWarnings("unchecked")
                BiConsumer<ObjectNode, Target> put = (BiConsumer<ObjectNode, Target>) bad[1];
                body(label + " = " + what, heavy, (r, t) -> put.accept(parent(r, t, path, schema), t));
            }
            if (first && depth == 0) {
                body("duplicate key " + label, false, (r, t) -> {
                    String text = new String(r.body(), StandardCharsets.UTF_8);
                    JsonNode value = r.json.has(name) ? r.json.get(name) : NODES.nullNode();
                    r.raw = ("{\"" + name + "\": " + value + ", " + text.substring(1)).getBytes(StandardCharsets.UTF_8);
                });
                body("deep nesting in " + label, false, (r, t) -> {
                    r.json.put(name, MARK);
                    r.raw = replace(r.body(), "\"" + MARK + "\"", "[".repeat(5000) + "]".repeat(5000));
                });
                first = false;
            }
            String type = Contract.type(ps);
            if (type.equals("object") && depth < 2 && ps.has("properties")) {
                body(label + " unknown property", false, (r, t) -> child(r, t, path, ps).put("zzUnknown", 1));
                objectCases(ps, path, depth + 1);
            }
            if (type.equals("string") && !ps.has("enum") && !ps.has("format")) {
                for (String[] bytes : new String[][] { { "invalid UTF-8", "C328" }, { "overlong UTF-8", "C0AF" },
                        { "UTF-8 surrogate", "EDA080" }, { "byte FF", "FF" } }) {
                    body(label + " holds " + bytes[0], false, (r, t) -> {
                        parent(r, t, path, schema).put(name, MARK);
                        r.raw = replace(r.body(), MARK, new String(hex(bytes[1]), StandardCharsets.ISO_8859_1));
                    });
                }
            }
        }
    }

    /** Values that break a property's schema: {label, setter(parent, target), heavy}. */
    private List<Object[]> badValues(String name, JsonNode s, boolean required) {
        List<Object[]> values = new ArrayList<>();
        String type = Contract.type(s);
        String idKind = idKindOf(name);
        if (s.has("enum")) {
            values.add(set(name, "unknown enum value", NODES.textNode("NO_SUCH_VALUE")));
            values.add(set(name, "lower-case enum value", NODES.textNode(s.get("enum").get(0).asText().toLowerCase(Locale.ROOT))));
            values.add(set(name, "enum value with a space", NODES.textNode(" " + s.get("enum").get(0).asText())));
            values.add(set(name, "enum by index", NODES.numberNode(0)));
            if (required) {
                values.add(set(name, "empty enum value", NODES.textNode("")));
            }
        }
        switch (type) {
            case "string" -> {
                values.add(set(name, "a number", NODES.numberNode(1234)));
                values.add(set(name, "true", NODES.booleanNode(true)));
                values.add(set(name, "an object", NODES.objectNode().put("a", 1)));
                values.add(set(name, "an array", NODES.arrayNode().add("x")));
                if (s.path("format").asText().equals("date")) {
                    for (String bad : List.of("31/12/2024", "2024-02-30", "2024-13-01", "20240101", " ", "+10000-01-01",
                            "1899-12-31", "2024-01-01T00:00:00Z", "-2024-01-01", "2024-W01-1")) {
                        values.add(set(name, "date " + bad, NODES.textNode(bad)));
                    }
                    values.add(set(name, "date as a number", NODES.numberNode(20240101)));
                    values.add(set(name, "date as an array", NODES.arrayNode().add(2024).add(1).add(1)));
                } else if (!s.has("enum")) {
                    for (String[] bad : new String[][] { { "NUL", "Tên\u0000NUL" }, { "bidi override", "Tên \u202Eđảo" },
                            { "lone surrogate", "Tên \ud800 lẻ" }, { "noncharacter", "Tên \uFFFF" },
                            { "bell", "Tên\u0007" }, { "isolate", "Tên \u2066x\u2069" } }) {
                        values.add(set(name, bad[0], NODES.textNode(bad[1])));
                    }
                    if (s.has("maxLength")) {
                        int max = s.get("maxLength").asInt();
                        values.add(set(name, "maxLength + 1", NODES.textNode("Đ".repeat(max + 1))));
                    }
                    if (s.has("pattern") || s.has("minLength")) {
                        values.add(set(name, "blank", NODES.textNode("   ")));
                    }
                    values.add(new Object[] { "a 600 kB string", (BiConsumer<ObjectNode, Target>) (p, t) -> p.put(name,
                            "ư".repeat(300_000)), true });
                }
            }
            case "integer", "number" -> {
                values.add(set(name, "a string", NODES.textNode("12")));
                values.add(set(name, "true", NODES.booleanNode(true)));
                values.add(set(name, "an array", NODES.arrayNode().add(1)));
                values.add(set(name, "an object", NODES.objectNode()));
                values.add(set(name, "2^63", NODES.numberNode(new BigInteger(OVERFLOW))));
                values.add(set(name, "-2^63 - 1", NODES.numberNode(new BigInteger(UNDERFLOW))));
                values.add(set(name, "a 2000-digit number", NODES.numberNode(new BigInteger("9".repeat(2000)))));
                values.add(set(name, "1e400", NODES.numberNode(new java.math.BigDecimal("1e400"))));
                if (type.equals("integer")) {
                    values.add(set(name, "1.5", NODES.numberNode(1.5)));
                    values.add(set(name, "1.0", NODES.numberNode(new java.math.BigDecimal("1.0"))));
                    if (s.path("format").asText().equals("int32")) {
                        values.add(set(name, "2^31", NODES.numberNode(2_147_483_648L)));
                    }
                }
                if (s.has("maximum")) {
                    values.add(set(name, "maximum + 1", NODES.numberNode(s.get("maximum").decimalValue().add(java.math.BigDecimal.ONE))));
                }
                if (s.has("minimum")) {
                    values.add(set(name, "minimum - 1", NODES.numberNode(s.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE))));
                }
                if (s.has("exclusiveMinimum")) {
                    values.add(set(name, "exclusiveMinimum", NODES.numberNode(s.get("exclusiveMinimum").decimalValue())));
                }
                if (s.has("multipleOf")) {
                    java.math.BigDecimal step = s.get("multipleOf").decimalValue();
                    java.math.BigDecimal base = s.has("minimum") ? s.get("minimum").decimalValue() : java.math.BigDecimal.ZERO;
                    values.add(set(name, "not a multiple of " + step, NODES.numberNode(base.add(step.divide(
                            java.math.BigDecimal.valueOf(4))))));
                }
                if (idKind != null) {
                    values.add(set(name, "-1", NODES.numberNode(-1)));
                    values.add(set(name, "0", NODES.numberNode(0)));
                    values.add(set(name, "a missing id", NODES.numberNode(MISSING_ID)));
                    values.add(new Object[] { "another province's", (BiConsumer<ObjectNode, Target>) (p, t) -> p.put(name,
                            t.foreign(idKind)), false });
                }
            }
            case "boolean" -> {
                values.add(set(name, "a string", NODES.textNode("true")));
                values.add(set(name, "1", NODES.numberNode(1)));
            }
            case "array" -> {
                values.add(set(name, "an object", NODES.objectNode()));
                values.add(set(name, "a string", NODES.textNode("x")));
                values.add(set(name, "[null]", NODES.arrayNode().addNull()));
                values.add(set(name, "[\"x\"]", NODES.arrayNode().add("x")));
                values.add(set(name, "[[1]]", NODES.arrayNode().add(NODES.arrayNode().add(1))));
                if (s.path("minItems").asInt(0) > 0) {
                    values.add(set(name, "[]", NODES.arrayNode()));
                }
                if (s.has("maxItems")) {
                    int max = s.get("maxItems").asInt();
                    values.add(new Object[] { "maxItems + 1", (BiConsumer<ObjectNode, Target>) (p, t) -> {
                        ArrayNode many = p.putArray(name);
                        for (int i = 0; i <= max; i++) {
                            many.add(idKind == null ? NODES.textNode("x" + i) : NODES.numberNode(t.own(idKind)));
                        }
                    }, false });
                }
                if (idKind != null) {
                    for (Object bad : List.of(-1, 0, MISSING_ID, new BigInteger(OVERFLOW), 1.5, "1")) {
                        values.add(set(name, "[" + bad + "]", NODES.arrayNode().add(NODES.pojoNode(bad))));
                    }
                    values.add(new Object[] { "[another province's]", (BiConsumer<ObjectNode, Target>) (p, t) -> p
                            .putArray(name).add(t.foreign(idKind)), false });
                    values.add(new Object[] { "the same id twice", (BiConsumer<ObjectNode, Target>) (p, t) -> p
                            .putArray(name).add(t.own(idKind)).add(t.own(idKind)), false });
                }
            }
            case "object" -> {
                values.add(set(name, "a string", NODES.textNode("x")));
                values.add(set(name, "an array", NODES.arrayNode()));
                values.add(set(name, "a number", NODES.numberNode(1)));
                if (s.path("required").size() > 0) {
                    values.add(set(name, "{}", NODES.objectNode()));
                }
            }
            default -> {
            }
        }
        return values;
    }

    private static Object[] set(String name, String label, JsonNode value) {
        return new Object[] { label, (BiConsumer<ObjectNode, Target>) (p, t) -> p.set(name, value.deepCopy()), false };
    }

    /** The object holding the last element of {@code path}, made from the schema's sample where missing. */
    private ObjectNode parent(HostileRequest r, Target t, List<String> path, JsonNode parentSchema) {
        ObjectNode node = r.json;
        JsonNode schema = op.body().schema();
        for (String step : path.subList(0, path.size() - 1)) {
            schema = contract.resolve(schema.path("properties").path(step));
            if (!(node.get(step) instanceof ObjectNode)) {
                node.set(step, t.sample(schema, step));
            }
            node = (ObjectNode) node.get(step);
        }
        return node;
    }

    private ObjectNode child(HostileRequest r, Target t, List<String> path, JsonNode schema) {
        ObjectNode parent = parent(r, t, path, null);
        String last = path.get(path.size() - 1);
        if (!(parent.get(last) instanceof ObjectNode)) {
            parent.set(last, t.sample(schema, last));
        }
        return (ObjectNode) parent.get(last);
    }

    // ── multipart ───────────────────────────────────────────────────────────────────────────

    private void multipartCases() {
        JsonNode properties = op.body().schema().path("properties");
        String filePart = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode s = contract.resolve(e.getValue());
            String name = e.getKey();
            if (s.path("format").asText().equals("binary")) {
                filePart = name;
                for (Object[] junk : new Object[][] { { "empty", new byte[0] }, { "text", "xin chào".getBytes(StandardCharsets.UTF_8) },
                        { "an executable", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0 } },
                        { "HTML", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8) },
                        { "a zip", new byte[] { 'P', 'K', 3, 4, 20, 0 } } }) {
                    multipart(name + " = " + junk[0], false, false, (r, t) -> replacePart(r, name,
                            new Part(name, "quyet-dinh.pdf", "application/pdf", (byte[]) junk[1])));
                }
                multipart(name + " = a 21 MB PDF", false, true, (r, t) -> {
                    byte[] big = java.util.Arrays.copyOf(vn.thidua.support.Uploads.PDF, 21 * 1024 * 1024);
                    replacePart(r, name, new Part(name, "quyet-dinh.pdf", "application/pdf", big));
                });
                multipart(name + " missing", false, false, (r, t) -> r.parts.removeIf(p -> p.name().equals(name)));
                multipart(name + " as a field without file name", true, false, (r, t) -> replacePart(r, name,
                        new Part(name, null, null, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))));
                for (String fileName : List.of("..%2F..%2Fetc%2Fpasswd", "../../x.pdf", "\u202Efdp.exe", "a\u0000b.pdf",
                        "x".repeat(5000) + ".pdf", "")) {
                    multipart(name + " named " + HostileRequest.cut(fileName, 20), true, false, (r, t) -> {
                        Part current = r.parts.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
                        replacePart(r, name, new Part(name, fileName, current.contentType(), current.content()));
                    });
                }
                multipart(name + " twice", false, false, (r, t) -> r.parts.add(r.parts.stream()
                        .filter(p -> p.name().equals(name)).findFirst().orElseThrow()));
            } else {
                String idKind = idKindOf(name);
                for (String bad : List.of("abc", "1.5", "-1", "0", OVERFLOW, "", " ", Long.toString(MISSING_ID), "%00",
                        "1".repeat(400))) {
                    multipart(name + " = " + HostileRequest.cut(bad, 20), false, false, (r, t) -> replacePart(r, name,
                            new Part(name, null, null, bad.getBytes(StandardCharsets.UTF_8))));
                }
                if (idKind != null) {
                    multipart(name + " = another province's", false, false, (r, t) -> replacePart(r, name,
                            new Part(name, null, null, Long.toString(t.foreign(idKind)).getBytes(StandardCharsets.UTF_8))));
                }
                multipart(name + " twice", false, false, (r, t) -> r.parts.add(new Part(name, null, null,
                        "1".getBytes(StandardCharsets.UTF_8))));
            }
        }
        if (filePart == null) {
            throw new IllegalStateException(op + ": a multipart body without a binary part; teach HostileInputs");
        }
        multipart("no parts", false, false, (r, t) -> r.parts.clear());
        multipart("unknown part", true, false, (r, t) -> r.parts.add(new Part("zzUnknown", null, null, new byte[] { 'x' })));
        raw("multipart: another boundary", r -> HostileRequest.multipart(r.parts, "other-boundary"));
        raw("multipart: truncated", r -> java.util.Arrays.copyOf(r.body(), r.body().length - 20));
        raw("multipart: garbage", r -> "garbage\r\n--\r\n".getBytes(StandardCharsets.US_ASCII));
        raw("multipart: JSON", r -> "{\"file\": \"x\"}".getBytes(StandardCharsets.US_ASCII));
        add("multipart without boundary", false, false, false, false, (r, t) -> r.header("Content-Type", "multipart/form-data"));
        add("multipart boundary of 2000 characters", true, true, false, false, (r, t) -> {
            String boundary = "b".repeat(2000);
            r.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            r.raw = HostileRequest.multipart(r.parts, boundary);
        });
    }

    private static void replacePart(HostileRequest r, String name, Part part) {
        r.parts.removeIf(p -> p.name().equals(name));
        r.parts.add(part);
    }

    // ── spoiling ────────────────────────────────────────────────────────────────────────────

    /**
     * Makes a write certain to be refused without touching what the case probes: an unknown property
     * in a JSON body, no file in a multipart one, a stale If-Match, or else an id that names nothing.
     */
    static void spoil(Operation op, HostileRequest r) {
        if (r.json != null && r.raw == null) {
            r.json.put("zzSpoiler", true);
        } else if (r.parts != null && r.raw == null) {
            r.parts.removeIf(p -> op.body().schema().path("properties").path(p.name()).path("format").asText()
                    .equals("binary"));
        } else if (op.header("If-Match") && r.header("If-Match") != null) {
            r.header("If-Match", "\"spoiled\"");
        } else if (!op.params("path").isEmpty()) {
            r.pathValues.replaceAll((k, v) -> Long.toString(MISSING_ID));
        } else {
            throw new IllegalStateException(op + ": cannot make a write certain to fail; teach HostileInputs.spoil");
        }
    }

    // ── helpers ─────────────────────────────────────────────────────────────────────────────

    private void add(String label, boolean body, boolean benign, boolean heavy, boolean foreign,
            BiConsumer<HostileRequest, Target> apply) {
        cases.add(new Case(label, body, benign, heavy, foreign, apply));
    }

    private void body(String label, boolean heavy, BiConsumer<HostileRequest, Target> apply) {
        add(label, true, false, heavy, false, apply);
    }

    private void multipart(String label, boolean benign, boolean heavy, BiConsumer<HostileRequest, Target> apply) {
        add(label, true, benign, heavy, false, apply);
    }

    private void raw(String label, java.util.function.Function<HostileRequest, byte[]> bytes) {
        add(label, true, false, false, false, (r, t) -> r.raw = bytes.apply(r));
    }

    private static List<String> append(List<String> path, String name) {
        List<String> longer = new ArrayList<>(path);
        longer.add(name);
        return longer;
    }

    private static byte[] concat(byte[] body, String more) {
        byte[] tail = more.getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(body, body.length + tail.length);
        System.arraycopy(tail, 0, all, body.length, tail.length);
        return all;
    }

    private static byte[] replace(byte[] body, String mark, String latin1) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        return text.replace(mark, latin1).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
