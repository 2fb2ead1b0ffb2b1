package vn.thidua.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thidua.support.Keycloak;

/** Tokens the API must refuse with a 401 problem, each obtained from the real Keycloak. */
@QuarkusTest
class TokenValidationTest {

    private static final String FOREIGN_REALM = "thidua-foreign";
    static final String EXPIRING_CLIENT = "thidua-tests-expiring-5s";

    @Test
    void aValidTokenIsAccepted() {
        call(Keycloak.token("viewer")).statusCode(200);
    }

    @Test
    void noTokenOrGarbageIsRefused() {
        given().get("/api/v1/units").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:thidua:problem:unauthenticated"));
        call("not-a-jwt").statusCode(401).body("status", equalTo(401));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = Keycloak.token("viewer").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"viewer\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        call(forged).statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theBenchmarksUnverifiedSwitchIsOffOutsideTheBenchProfile() {
        String[] parts = Keycloak.token("viewer").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"viewer\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().header("Authorization", "Bearer " + forged).header("X-Bench-Unverified", "true").get("/api/v1/units")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        call(Keycloak.otherAudienceToken("viewer")).statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        ensureForeignRealm();
        String token = Keycloak.REALM_URL.replace("/realms/thidua", "/realms/" + FOREIGN_REALM);
        String foreign = given().contentType(ContentType.URLENC)
                .formParams("grant_type", "password", "client_id", "foreign-app", "username", "viewer", "password",
                        Keycloak.PASSWORD)
                .post(token + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        call(foreign).statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        ensureExpiringClient();
        // a 5 s token, used while it is valid (a fresh one when the machine was too slow to), then waited out
        String token = null;
        long expiresAtMillis = 0;
        for (int attempt = 0; attempt < 3 && token == null; attempt++) {
            String fresh = Keycloak.passwordGrant(EXPIRING_CLIENT, "viewer");
            expiresAtMillis = expiry(fresh) * 1000;
            var answer = call(fresh).extract();
            if (System.currentTimeMillis() < expiresAtMillis - 500) {
                assertEquals(200, answer.statusCode(), "a valid token is accepted");
                token = fresh;
            }
        }
        assertNotNull(token, "three 5 s tokens expired before their first use");
        Thread.sleep(Math.max(0, expiresAtMillis - System.currentTimeMillis()) + 2_500);
        call(token).statusCode(401).contentType("application/problem+json");
    }

    /** The token's exp claim (seconds since the epoch). */
    private static long expiry(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher exp = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)").matcher(payload);
        if (!exp.find()) {
            throw new IllegalStateException("a token without exp: " + payload);
        }
        return Long.parseLong(exp.group(1));
    }

    private static io.restassured.response.ValidatableResponse call(String token) {
        return given().header("Authorization", "Bearer " + token).get("/api/v1/units").then();
    }

    private static Map<String, Object> audienceMapper() {
        return Map.of("name", "api-audience", "protocol", "openid-connect", "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.client.audience", "thidua-api", "access.token.claim", "true"));
    }

    /** A realm of its own, with a client that even adds the right audience: only the issuer is wrong. */
    private static void ensureForeignRealm() {
        int status = admin().body(Map.of("realm", FOREIGN_REALM, "enabled", true,
                "clients", List.of(Map.of("clientId", "foreign-app", "publicClient", true,
                        "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                        "protocolMappers", List.of(audienceMapper()))),
                "users", List.of(Map.of("username", "viewer", "enabled", true, "emailVerified", true,
                        "firstName", "Foreign", "lastName", "Viewer", "email", "viewer@foreign.example",
                        "credentials", List.of(Map.of("type", "password", "value", Keycloak.PASSWORD,
                                "temporary", false))))))
                .post(Keycloak.URL + "/admin/realms").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Could not create the foreign realm: " + status);
        }
    }

    /** A client of the real realm whose access tokens live five seconds (VerifiedTokenCacheTest uses it too). */
    static void ensureExpiringClient() {
        int status = admin().body(Map.of("clientId", EXPIRING_CLIENT, "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                "attributes", Map.of("access.token.lifespan", "5"),
                "protocolMappers", List.of(audienceMapper())))
                .post(Keycloak.URL + "/admin/realms/thidua/clients").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Could not create the expiring client: " + status);
        }
        // The viewer's province claim (the API refuses a viewer without one); 409: already there.
        String id = admin().queryParam("clientId", EXPIRING_CLIENT).get(Keycloak.URL + "/admin/realms/thidua/clients")
                .jsonPath().getString("[0].id");
        int mapper = admin().body(Map.of("name", "province", "protocol", "openid-connect", "protocolMapper",
                "oidc-usermodel-attribute-mapper", "config", Map.of("user.attribute", "province", "claim.name",
                        "province", "jsonType.label", "String", "access.token.claim", "true")))
                .post(Keycloak.URL + "/admin/realms/thidua/clients/" + id + "/protocol-mappers/models").statusCode();
        if (mapper != 201 && mapper != 409) {
            throw new IllegalStateException("Could not add the province mapper to the expiring client: " + mapper);
        }
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Keycloak.masterAdminToken());
    }
}
