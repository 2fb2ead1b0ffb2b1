package vn.thidua.api;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vn.thidua.support.Api;

/**
 * The committed openapi.yaml read at test time: every operation (path × method) with its parameters,
 * request body and schemas, {@code $ref}s resolved (OpenAPI 3.1: a {@code $ref}'s siblings apply too).
 */
final class Contract {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    record Param(String name, String in, boolean required, JsonNode schema) {
    }

    record Body(String mediaType, JsonNode schema) {
    }

    record Operation(String id, String method, String path, List<Param> params, Body body, boolean jsonAnswer) {

        boolean write() {
            return !method.equals("GET") && !method.equals("HEAD");
        }

        List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }

        boolean header(String name) {
            return params("header").stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
        }

        @Override
        public String toString() {
            return id + " (" + method + " " + path + ")";
        }
    }

    private final JsonNode root;

    private Contract(JsonNode root) {
        this.root = root;
    }

    static Contract load() {
        try {
            return new Contract(new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Api.CONTRACT)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + Api.CONTRACT, e);
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<Param> shared = params(path.getValue().get("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                List<Param> params = new ArrayList<>(shared);
                params.addAll(params(op.getValue().get("parameters")));
                operations.add(new Operation(op.getValue().path("operationId").asText(op.getKey() + " " + path.getKey()),
                        op.getKey().toUpperCase(Locale.ROOT), path.getKey(), params, body(op.getValue()),
                        answersJson(op.getValue())));
            }
        }
        return operations;
    }

    private List<Param> params(JsonNode list) {
        List<Param> params = new ArrayList<>();
        if (list != null) {
            for (JsonNode p : list) {
                p = resolve(p);
                params.add(new Param(p.get("name").asText(), p.get("in").asText(), p.path("required").asBoolean(false),
                        resolve(p.path("schema"))));
            }
        }
        return params;
    }

    private Body body(JsonNode op) {
        JsonNode content = resolve(op.path("requestBody")).path("content");
        Iterator<Map.Entry<String, JsonNode>> types = content.fields();
        if (!types.hasNext()) {
            return null;
        }
        Map.Entry<String, JsonNode> first = types.next();
        if (types.hasNext()) {
            throw new IllegalStateException("ContractFuzzTest knows bodies of one media type; " + op.path("operationId")
                    + " accepts several: teach it the others");
        }
        return new Body(first.getKey(), resolve(first.getValue().path("schema")));
    }

    private static boolean answersJson(JsonNode op) {
        for (JsonNode response : op.path("responses")) {
            if (response.path("content").has("application/json")) {
                return true;
            }
        }
        return !hasBinary(op);
    }

    private static boolean hasBinary(JsonNode op) {
        for (JsonNode response : op.path("responses")) {
            for (Iterator<String> it = response.path("content").fieldNames(); it.hasNext();) {
                if (!it.next().contains("json")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The schema with its {@code $ref} (and nested ones, lazily) resolved; siblings of a $ref win. */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || !schema.has("$ref")) {
            return schema;
        }
        String ref = schema.get("$ref").asText();
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("external $ref " + ref);
        }
        JsonNode target = root;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        if (target.isMissingNode()) {
            throw new IllegalStateException("dangling $ref " + ref);
        }
        ObjectNode merged = resolve(target).deepCopy();
        schema.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    /** The schema's type, also when only an enum or properties tell it. */
    static String type(JsonNode schema) {
        if (schema.hasNonNull("type")) {
            JsonNode type = schema.get("type");
            return type.isArray() ? type.get(0).asText() : type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("enum") ? "string" : "any";
    }
}
