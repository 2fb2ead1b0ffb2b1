package vn.thidua.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Api;

/** The served contract is the committed ../openapi.yaml (compared as trees: key order and line ends ignored). */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedSpecMatchesTheCommittedContract() throws IOException {
        JsonNode served = YAML.readTree(given().accept("application/yaml").get("/q/openapi").asString());
        JsonNode committed = YAML.readTree(Files.readString(Api.CONTRACT));
        List<String> differences = new ArrayList<>();
        diff("", committed, served, differences);
        if (!differences.isEmpty()) {
            fail("openapi.yaml differs from the served /q/openapi (run scripts/update-openapi.sh and review):\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(20, differences.size()))));
        }
    }

    @Test
    void everyOperationHasAnIdATagAndProblemResponses() throws IOException {
        JsonNode paths = YAML.readTree(Files.readString(Api.CONTRACT)).get("paths");
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                assertTrue(operation.hasNonNull("operationId"), where + " has no operationId");
                assertTrue(operation.path("tags").size() == 1, where + " has no single tag");
                assertTrue(operation.hasNonNull("summary"), where + " has no summary");
                for (String status : new String[] { "400", "401", "403", "500" }) {
                    assertEquals("#/components/schemas/Problem", operation.path("responses").path(status)
                            .path("content").path("application/problem+json").path("schema").path("$ref").asText(),
                            where + " does not document " + status + " as a problem");
                }
                assertTrue(operation.path("security").size() == 1, where + " declares no bearer security");
                operations++;
            }
        }
        assertTrue(operations >= 26, "expected every operation, found " + operations);
    }

    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            expected.fieldNames().forEachRemaining(name -> {
                if (!actual.has(name)) {
                    out.add(at + "/" + name + " is committed but not served");
                } else {
                    diff(at + "/" + name, expected.get(name), actual.get(name), out);
                }
            });
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    out.add(at + "/" + name + " is served but not committed");
                }
            });
        } else if (!expected.equals(actual)) {
            out.add(at + ": committed " + abbreviate(expected) + ", served " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
