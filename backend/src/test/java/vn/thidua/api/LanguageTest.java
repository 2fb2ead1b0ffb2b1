package vn.thidua.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;

/** detail and errors[].message follow Accept-Language; any malformed header falls back to Vietnamese. */
@QuarkusTest
class LanguageTest {

    private static final Map<String, Object> BLANK_BLOC = Map.of("name", " ", "kind", "KHOI");

    @Test
    void fieldMessagesAreVietnameseByDefaultAndEnglishWhenAsked() {
        Api.raw(Actor.ADMIN).body(BLANK_BLOC).post("/api/v1/blocs").then().statusCode(400)
                .body("detail", containsString("không hợp lệ")).body("errors.message", hasItem("không được để trống"));
        Api.raw(Actor.ADMIN).header("Accept-Language", "vi-VN,vi;q=0.9").body(BLANK_BLOC).post("/api/v1/blocs").then()
                .statusCode(400).body("errors.message", hasItem("không được để trống"));
        Api.raw(Actor.ADMIN).header("Accept-Language", "en-GB,en;q=0.8").body(BLANK_BLOC).post("/api/v1/blocs").then()
                .statusCode(400).body("detail", containsString("invalid"))
                .body("errors.message", hasItem("must not be blank"));
        // quality values decide, not order
        Api.raw(Actor.ADMIN).header("Accept-Language", "vi;q=0.2, en;q=0.9").body(BLANK_BLOC).post("/api/v1/blocs")
                .then().statusCode(400).body("errors.message", hasItem("must not be blank"));
    }

    @Test
    void malformedAcceptLanguageIsIgnoredNeverA500() {
        String[] headers = { "en;q=foo", "en-GB;q=1.5", ";;;q=abc", "en;q=", ",,,", "*;q=0.5;q=0.7", "en;level=1",
                "x".repeat(5000), "en-" + "a".repeat(300), "\u00e9n", "en;q=0.5," + "vi;q=1,".repeat(500) };
        for (String header : headers) {
            Api.raw(Actor.ADMIN).header("Accept-Language", header).body(BLANK_BLOC).post("/api/v1/blocs").then()
                    .statusCode(400).contentType("application/problem+json").body("code", equalTo("INVALID_FIELDS"))
                    .body("detail", not(equalTo(null)));
            Api.raw(Actor.ADMIN).header("Accept-Language", header).get("/api/v1/units/987654321").then()
                    .statusCode(404).contentType("application/problem+json");
            Api.raw(Actor.ADMIN).header("Accept-Language", header).get("/api/v1/units").then().statusCode(200);
        }
        // a malformed preference for English falls back to Vietnamese, a well-formed one is honoured
        Api.raw(Actor.ADMIN).header("Accept-Language", "en;q=foo").body(BLANK_BLOC).post("/api/v1/blocs").then()
                .body("errors.message", hasItem("không được để trống"));
        Api.raw(Actor.ADMIN).header("Accept-Language", "en-GB;q=1.5, en;q=0.5").body(BLANK_BLOC).post("/api/v1/blocs")
                .then().body("errors.message", hasItem("must not be blank"));
    }

    @Test
    void bothMessageBundlesHaveTheSameKeys() throws IOException {
        assertEquals(load("ValidationMessages_vi.properties").keySet(), load("ValidationMessages_en.properties").keySet());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LanguageTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
