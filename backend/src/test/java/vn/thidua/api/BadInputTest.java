package vn.thidua.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Rows;
import vn.thidua.support.Uploads;

/** Bad input is a 4xx problem, never a 500 or a stack trace, and writes nothing. */
@QuarkusTest
class BadInputTest {

    @Inject
    Rows rows;

    @Test
    void badBodiesAreProblemsAndWriteNothing() {
        long bloc = Fixtures.bloc().create();
        long term = Fixtures.term(bloc, 2024).create();
        Map<String, Long> before = rows.counts();

        problem(post("/api/v1/units", "{\"code\": \"X1\", "), 400, "malformed-body");
        problem(post("/api/v1/units", "[]"), 400, null);
        problem(post("/api/v1/units", ""), 400, "validation");
        problem(post("/api/v1/units", unit(Map.of("kind", "PHONG"))), 400, "validation").body("errors[0].field", equalTo("kind"));
        problem(post("/api/v1/units", unit(Map.of("activeFrom", "31/12/2024"))), 400, "validation").body("errors[0].field", equalTo("activeFrom"));
        problem(post("/api/v1/units", unit(Map.of("activeFrom", 20240101))), 400, "validation");
        problem(post("/api/v1/units", unit(Map.of("code", "A".repeat(36)))), 400, "validation").body("errors.field", hasItem("code"));
        problem(post("/api/v1/units", unit(Map.of("code", "bkn.sxd"))), 400, "validation").body("errors[0].field", equalTo("code"));
        problem(post("/api/v1/units", unit(Map.of("name", "Sở " + "x".repeat(260)))), 400, "validation").body("errors[0].field", equalTo("name"));
        problem(post("/api/v1/units", unit(Map.of("id", 5))), 400, "validation").body("errors[0].field", equalTo("id"));
        problem(post("/api/v1/units", unit(Map.of("activeTo", "1999-01-01"))), 400, "validation").body("errors[0].field", equalTo("activeTo"));
        problem(post("/api/v1/blocs", Map.of("name", "Khối " + Fixtures.unique(), "kind", "KHOI",
                "foundingDecision", Map.of("number", "quyết định 1", "date", "2024-01-01", "issuer", "UBND"))), 400,
                "validation").body("errors[0].field", equalTo("foundingDecision.number"));
        problem(post("/api/v1/terms", Map.of("blocId", bloc, "year", "hai nghìn")), 400, "validation");
        problem(post("/api/v1/terms", Map.of("blocId", bloc, "year", 2025, "rules",
                Map.of("quorumNumerator", 5, "quorumDenominator", 3))), 400, "validation")
                .body("errors[0].field", equalTo("rules.quorumNumerator"));
        problem(post("/api/v1/terms", Map.of("blocId", 987654321, "year", 2025)), 422, "rule-violation")
                .body("errors[0].field", equalTo("blocId"));
        problem(post("/api/v1/terms/" + term + "/memberships", Map.of("unitId", 987654321, "role", "MEMBER")), 422,
                "rule-violation");
        problem(post("/api/v1/terms/987654321/memberships", Map.of("unitId", 1, "role", "MEMBER")), 404, "not-found");
        problem(Api.raw(Actor.ADMIN).contentType("text/plain").body("code=X").post("/api/v1/units").then(), 415,
                "unsupported-media-type");

        assertEquals(before, rows.counts(), "refused requests must not write");
    }

    @Test
    void badQueriesAndUnknownIdsAreProblems() {
        problem(get("/api/v1/units?page=-1"), 400, "validation").body("errors[0].field", equalTo("page"));
        problem(get("/api/v1/units?page=abc"), 400, "validation");
        problem(get("/api/v1/units?size=0"), 400, "validation");
        problem(get("/api/v1/units?size=1000"), 400, "validation").body("errors[0].field", equalTo("size"));
        problem(get("/api/v1/units?sort=password"), 400, "validation").body("errors[0].field", equalTo("sort"));
        problem(get("/api/v1/units?kind=PHONG"), 400, "validation").body("errors[0].field", equalTo("kind"));
        problem(get("/api/v1/units?activeOn=hôm-nay"), 400, "validation");
        problem(get("/api/v1/terms?year=20x4"), 400, "validation");
        problem(get("/api/v1/terms?status=OPEN"), 400, "validation");
        problem(get("/api/v1/audit-events?from=yesterday"), 400, "validation");
        problem(get("/api/v1/audit-events?entityType=Password"), 400, "validation")
                .body("errors[0].field", equalTo("entityType"));
        // page × size must fit the database's offset: found by ContractFuzzTest (was a 500)
        problem(get("/api/v1/units?page=2147483647&size=100"), 400, "validation").body("errors[0].field", equalTo("page"))
                .body("code", equalTo("INVALID_PAGING"));
        problem(get("/api/v1/audit-events?page=21474837&size=100"), 400, "validation");
        Api.as(Actor.ADMIN).get("/api/v1/audit-events?page=21474836&size=100").then().statusCode(200);
        problem(get("/api/v1/units/987654321"), 404, "not-found");
        problem(get("/api/v1/units/abc"), 404, "not-found");
        problem(get("/api/v1/blocs/987654321"), 404, "not-found");
        problem(get("/api/v1/terms/987654321"), 404, "not-found");
        problem(get("/api/v1/memberships/987654321"), 404, "not-found");
        problem(get("/api/v1/unit-successions/987654321"), 404, "not-found");
        problem(get("/api/v1/no-such-thing"), 404, "not-found");
        problem(Api.raw(Actor.ADMIN).accept("application/xml").get("/api/v1/units").then(), 406, "not-acceptable");
        // a LIKE wildcard in q is searched literally
        Api.as(Actor.ADMIN).queryParam("q", "%").get("/api/v1/units").then().statusCode(200)
                .body("total", lessThan(1));
    }

    /** Found by ContractFuzzTest: unreadable multipart bodies were 500s, a part sent twice was taken silently. */
    @Test
    void badMultipartBodiesAreProblemsAndWriteNothing() {
        long term = Fixtures.term(Fixtures.bloc().create(), 2024).create();
        long scan = Uploads.file(Api.raw(Actor.ADMIN), "quyet-dinh.pdf", Uploads.PDF, null)
                .post("/api/v1/terms/{id}/decision-files", term).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Long> before = rows.counts();
        String path = "/api/v1/terms/" + term + "/decision-files";
        String part = "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
        for (String body : List.of("--other\r\n" + part + "%PDF-1.4\r\n--other--\r\n", "garbage\r\n--\r\n",
                "--b\r\n" + part + "%PDF-1.4\r\n--b")) {
            problem(Api.raw(Actor.ADMIN).contentType("multipart/form-data; boundary=b").body(bytes(body)).post(path).then(), 400,
                    "malformed-body").body("code", equalTo("MALFORMED_MULTIPART"));
        }
        String supersedes = "--b\r\nContent-Disposition: form-data; name=\"supersedes\"\r\n\r\n" + scan + "\r\n";
        String file = "--b\r\n" + part + new String(Uploads.PDF, java.nio.charset.StandardCharsets.US_ASCII) + "\r\n";
        problem(Api.raw(Actor.ADMIN).contentType("multipart/form-data; boundary=b")
                .body(bytes(supersedes + supersedes + file + "--b--\r\n")).post(path).then(), 400, "validation")
                .body("code", equalTo("DUPLICATE_FIELD")).body("errors[0].field", equalTo("supersedes"));
        problem(Api.raw(Actor.ADMIN).contentType("multipart/form-data; boundary=b")
                .body(bytes(supersedes + file + file + "--b--\r\n")).post(path).then(), 400, "validation")
                .body("code", equalTo("DUPLICATE_FIELD")).body("errors[0].field", equalTo("file"));
        assertEquals(before, rows.counts(), "refused uploads must not write");
        // the same parts once each are a valid upload
        Api.raw(Actor.ADMIN).contentType("multipart/form-data; boundary=b").body(bytes(supersedes + file + "--b--\r\n"))
                .post(path).then().statusCode(201);
    }

    /** Found by ContractFuzzTest: Java reads other scripts' digits, so /terms/１ (fullwidth) was term 1. */
    @Test
    void idsAndNumbersAreAsciiDigitsOnly() {
        long term = Fixtures.term(Fixtures.bloc().create(), 2024).create();
        String fullwidth = Long.toString(term).chars().mapToObj(c -> Character.toString(c - '0' + '０'))
                .collect(java.util.stream.Collectors.joining());
        Map<String, Long> before = rows.counts();
        problem(get("/api/v1/terms/" + fullwidth), 404, "not-found");
        problem(post("/api/v1/terms/" + fullwidth + "/memberships", Map.of("unitId", Fixtures.unit().create(), "role",
                "MEMBER")), 404, "not-found");
        problem(get("/api/v1/terms?blocId=１"), 400, "validation").body("errors[0].field", equalTo("blocId"));
        problem(get("/api/v1/terms?size=２"), 400, "validation").body("errors[0].field", equalTo("size"));
        assertEquals(before.get("membership"), rows.counts().get("membership"), "no member added through a fullwidth id");
        Api.as(Actor.ADMIN).get("/api/v1/terms/" + term).then().statusCode(200);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, Object> unit(Map<String, Object> overrides) {
        Map<String, Object> body = new LinkedHashMap<>(Fixtures.unit().body());
        body.putAll(overrides);
        return body;
    }

    private static ValidatableResponse post(String path, Object body) {
        return Api.raw(Actor.ADMIN).body(body).post(path).then();
    }

    private static ValidatableResponse get(String path) {
        return Api.raw(Actor.ADMIN).get(path).then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String kind) {
        response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("title", not(equalTo(null)))
                .body(not(containsString("Exception"))).body(not(containsString("vn.thidua")));
        if (kind != null) {
            response.body("type", equalTo("urn:thidua:problem:" + kind));
        }
        return response;
    }

}
