package vn.thidua.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Rows;

/** Bodies are read strictly and text is checked once for every DTO: each refusal names its field. */
@QuarkusTest
class StrictJsonTest {

    @Inject
    Rows rows;

    @Test
    void duplicateKeysTrailingContentAndCoercionAre400WithTheField() {
        Map<String, Long> before = rows.counts();
        String unit = "\"code\": \"T." + Fixtures.unique() + "\", \"name\": \"Sở A\", \"kind\": \"SO\", \"activeFrom\": \"2000-01-01\"";
        refused("{" + unit + ", \"name\": \"Sở B\"}", "DUPLICATE_KEY").body("errors[0].field", equalTo("name"));
        refused("{\"name\": \"Khối\", \"kind\": \"KHOI\", \"foundingDecision\": {\"number\": \"1/QĐ\", \"number\": \"2/QĐ\"}}",
                "/api/v1/blocs", "DUPLICATE_KEY").body("errors[0].field", equalTo("foundingDecision.number"));
        for (String trailing : new String[] { "{" + unit + "} {\"more\": 1}", "{" + unit + "} x", "{" + unit + "}]" }) {
            Api.raw(Actor.ADMIN).body(trailing).post("/api/v1/units").then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo("urn:thidua:problem:malformed-body"));
        }
        refused("{\"code\": 1234, \"name\": \"Sở\", \"kind\": \"SO\", \"activeFrom\": \"2000-01-01\"}", "WRONG_TYPE")
                .body("errors[0].field", equalTo("code"));
        refused("{\"code\": \"T.X\", \"name\": true, \"kind\": \"SO\", \"activeFrom\": \"2000-01-01\"}", "WRONG_TYPE")
                .body("errors[0].field", equalTo("name"));
        long bloc = Fixtures.bloc().create();
        before = rows.counts();
        refused("{\"blocId\": " + bloc + ", \"year\": \"2023\"}", "/api/v1/terms", "WRONG_TYPE")
                .body("errors[0].field", equalTo("year"));
        refused("{\"blocId\": " + bloc + ", \"year\": 2023.5}", "/api/v1/terms", "WRONG_TYPE")
                .body("errors[0].field", equalTo("year"));
        refused("{\"blocId\": " + bloc + ", \"year\": 2023.0}", "/api/v1/terms", "WRONG_TYPE");
        refused("{\"blocId\": \"" + bloc + "\", \"year\": 2023}", "/api/v1/terms", "WRONG_TYPE")
                .body("errors[0].field", equalTo("blocId"));
        refused("{\"blocId\": " + bloc + ", \"year\": 2023, \"rules\": {\"winningThresholdInclusive\": 1}}",
                "/api/v1/terms", "WRONG_TYPE").body("errors[0].field", equalTo("rules.winningThresholdInclusive"));
        refused("{\"name\": \"Khối\", \"kind\": 0}", "/api/v1/blocs", "WRONG_TYPE").body("errors[0].field", equalTo("kind"));
        assertEquals(before, rows.counts(), "refused bodies must not write");
    }

    /** Found by ContractFuzzTest: each of these was stored (an overlong "/" as "/", " RENAME" as RENAME). */
    @Test
    void overlongUtf8AndPaddedEnumValuesAre400() {
        Map<String, Long> before = rows.counts();
        byte[] overlong = ("{\"name\": \"Khối " + Fixtures.unique() + " @@\", \"kind\": \"KHOI\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String text = new String(overlong, java.nio.charset.StandardCharsets.ISO_8859_1).replace("@@", "\u00C0\u00AF");
        Api.raw(Actor.ADMIN).body(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).post("/api/v1/blocs").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("INVALID_UTF8"))
                .body("type", equalTo("urn:thidua:problem:malformed-body"));
        for (String kind : new String[] { " KHOI", "KHOI ", "KHOI\\t" }) {
            refused("{\"name\": \"Khối " + Fixtures.unique() + "\", \"kind\": \"" + kind + "\"}", "/api/v1/blocs", "WRONG_TYPE")
                    .body("errors[0].field", equalTo("kind"));
        }
        long unit = Fixtures.unit().create();
        long other = Fixtures.unit().create();
        before = rows.counts();
        refused("{\"kind\": \" RENAME\", \"effectiveDate\": \"2025-03-01\", \"decision\": {\"number\": \"1/QĐ-UBND\","
                + " \"date\": \"2025-02-01\", \"issuer\": \"UBND\"}, \"predecessorIds\": [" + unit + "], \"successorIds\": ["
                + other + "], \"newName\": \"Sở Mới\"}", "/api/v1/unit-successions", "WRONG_TYPE")
                .body("errors[0].field", equalTo("kind"));
        assertEquals(before, rows.counts(), "refused bodies must not write");
    }

    @Test
    void unsafeTextIsRefusedAndTextIsStoredAsNfc() {
        Map<String, Long> before = rows.counts();
        for (var bad : Map.of("Sở \\ud800 lẻ", "TEXT_LONE_SURROGATE", "Sở \\udc00", "TEXT_LONE_SURROGATE",
                "Sở\\u0000NUL", "TEXT_CONTROL_CHARACTER", "Sở\\u0007", "TEXT_CONTROL_CHARACTER",
                "Sở\\nhai dòng", "TEXT_CONTROL_CHARACTER", "Sở \\u202Eđảo", "TEXT_BIDI_CONTROL",
                "Sở \\u2066cô lập\\u2069", "TEXT_BIDI_CONTROL", "Sở \\u0085", "TEXT_CONTROL_CHARACTER").entrySet()) {
            refused("{\"name\": \"" + bad.getKey() + "\", \"kind\": \"KHOI\"}", "/api/v1/blocs", bad.getValue())
                    .body("errors[0].field", equalTo("name")).body("errors[0].code", equalTo(bad.getValue()));
        }
        // nested and in lists too
        refused("{\"name\": \"Khối " + Fixtures.unique() + "\", \"kind\": \"KHOI\", \"foundingDecision\": {\"number\": \"1/QĐ-UBND\","
                + " \"date\": \"2024-01-01\", \"issuer\": \"UBND\\u202E\"}}", "/api/v1/blocs", "TEXT_BIDI_CONTROL")
                .body("errors[0].field", equalTo("foundingDecision.issuer"));
        assertEquals(before, rows.counts(), "refused text must not write");

        // a description may hold line breaks; a decomposed name is stored composed (NFC)
        String decomposed = "Khối Kinh te\u0302\u0301 " + Fixtures.unique();
        String composed = java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC);
        long id = Api.as(Actor.ADMIN).body(Map.of("name", decomposed, "kind", "KHOI", "description", "Dòng 1\nDòng 2"))
                .post("/api/v1/blocs").then().statusCode(201).body("name", equalTo(composed)).extract().jsonPath()
                .getLong("id");
        Api.as(Actor.VIEWER).get("/api/v1/blocs/{id}", id).then().body("name", equalTo(composed))
                .body("description", equalTo("Dòng 1\nDòng 2"));
        Api.as(Actor.VIEWER).queryParam("q", composed).get("/api/v1/blocs").then().body("items.id", hasItem((int) id));
    }

    private static ValidatableResponse refused(String body, String code) {
        return refused(body, "/api/v1/units", code);
    }

    private static ValidatableResponse refused(String body, String path, String code) {
        return Api.raw(Actor.ADMIN).body(body).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo(code));
    }
}
