package vn.thidua.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Actor;
import vn.thidua.support.Api;

@QuarkusTest
class HttpHardeningTest {

    @Test
    void healthIsOpenAndChecksTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Keycloak signing keys' }.data.keys", equalTo("reachable"))
                .body("checks.find { it.name == 'File storage writable' }.status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200)
                .body("checks.find { it.name == 'Database schema migrated' }.status", equalTo("UP"));
    }

    /** Metrics are for the operator's scraper: on the management interface, never on the public port. */
    @TestHTTPResource(value = "metrics", management = true) // under the management root, /q
    URL managementMetrics;

    @Test
    void metricsAreNotOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
        given().header("Authorization", "Bearer " + Actor.ADMIN.token()).get("/q/metrics").then().statusCode(404);
    }

    @Test
    void metricsAreOnTheManagementPortWithTemplatedPaths() {
        long id = vn.thidua.support.Fixtures.unit().create();
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", id).then().statusCode(200);
        String metrics = given().get(managementMetrics).then().statusCode(200).extract().asString();
        assertThat(metrics, containsString("http_server_requests_seconds_count"));
        assertThat(metrics, containsString("uri=\"/api/v1/units/{id}\""));
        for (String gauge : new String[] { "thidua_terms_open", "thidua_audit_events_today", "thidua_files_stored" }) {
            assertThat("domain figure " + gauge + " counted", metrics,
                    org.hamcrest.Matchers.matchesPattern("(?s).*\\n" + gauge + " \\d+\\.\\d+\\n.*"));
        }
        assertThat("raw ids never become labels", metrics, not(containsString("uri=\"/api/v1/units/" + id + "\"")));
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (var response : new io.restassured.response.Response[] { given().get("/api/v1/units"),
                Api.as(Actor.VIEWER).get("/api/v1/units") }) {
            response.then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer");
        }
    }

    @Test
    void corsAllowsOnlyTheConfiguredSpaOrigins() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/units/1").then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/units/1").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void singleReadsOfPersonalDataAreNotCached() {
        long id = vn.thidua.support.Fixtures.unit().create();
        Api.as(Actor.VIEWER).get("/api/v1/units/{id}", id).then().header("Cache-Control", "no-store");
        Api.as(Actor.VIEWER).get("/api/v1/me").then().header("Cache-Control", "no-store");
        Api.as(Actor.VIEWER).get("/api/v1/units").then().header("Cache-Control", "no-store");
    }
}
