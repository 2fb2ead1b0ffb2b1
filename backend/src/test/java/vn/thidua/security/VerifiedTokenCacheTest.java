package vn.thidua.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thidua.support.Keycloak;

/**
 * The verified-token cache (issue 9) is exactly as strict as the check it saves: a token the API
 * remembers still works only as itself and only until its own expiry; any changed byte is checked
 * in full and refused. Real Keycloak tokens, through HTTP.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    VerifiedTokenCache cache;

    @Test
    void aRememberedTokenIsServedFromTheCacheWithItsOwnIdentity() {
        String token = Keycloak.token("viewer");
        call(token).statusCode(200);
        assertTrue(cache.remembers(token), "a verified token is remembered");
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.equalTo("viewer"));
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsRefused() {
        String token = Keycloak.token("viewer");
        call(token).statusCode(200);
        assertTrue(cache.remembers(token));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"viewer\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        call(forged).statusCode(401).contentType("application/problem+json");
        char last = parts[2].charAt(parts[2].length() - 2);
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        call(badSignature).statusCode(401).contentType("application/problem+json");
        assertTrue(!cache.remembers(forged) && !cache.remembers(badSignature), "refusals are never remembered");
        call(token).statusCode(200);
    }

    @Test
    void aRememberedTokenStopsWorkingAtItsExpiry() throws InterruptedException {
        TokenValidationTest.ensureExpiringClient();
        // The token lives 5 s: on a loaded machine it may expire before its first use; take another then.
        String token = null;
        for (int attempt = 0; attempt < 5 && token == null; attempt++) {
            String fresh = Keycloak.passwordGrant(TokenValidationTest.EXPIRING_CLIENT, "viewer");
            if (call(fresh).extract().statusCode() == 200) {
                token = fresh;
            }
        }
        assertTrue(token != null, "no 5-second token was accepted before it expired");
        long expiresAt = expiry(token) * 1000;
        assertTrue(cache.remembers(token), "the token is served from the cache until it expires");
        long lastAccepted = 0;
        long firstRefused = 0;
        while (firstRefused == 0 && System.currentTimeMillis() < expiresAt + 5_000) {
            long sent = System.currentTimeMillis();
            int status = call(token).extract().statusCode();
            if (status == 200) {
                lastAccepted = sent;
            } else {
                assertEquals(401, status);
                firstRefused = sent;
            }
            Thread.sleep(50);
        }
        assertTrue(lastAccepted < expiresAt, "accepted after its expiry: " + (lastAccepted - expiresAt) + " ms");
        assertTrue(firstRefused >= expiresAt - 1_000 && firstRefused > 0, "refused at " + (firstRefused - expiresAt) + " ms");
        assertTrue(firstRefused - expiresAt < 2_000, "refused only " + (firstRefused - expiresAt) + " ms after its expiry");
        call(token).statusCode(401);
    }

    private static long expiry(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"exp\":(\\d+)").matcher(payload);
        assertTrue(m.find(), payload);
        return Long.parseLong(m.group(1));
    }

    private static io.restassured.response.ValidatableResponse call(String token) {
        return given().header("Authorization", "Bearer " + token).get("/api/v1/units").then();
    }
}
