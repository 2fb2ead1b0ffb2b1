package vn.thidua.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Real access tokens from the Keycloak that the test command starts (realm {@code thidua}):
 * password grant for the demo users, client credentials for the portals. Cached per user.
 */
public final class Keycloak {

    public static final String URL = System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180");
    public static final String REALM_URL = URL + "/realms/thidua";
    public static final String PASSWORD = "ThiDua@2026";
    /** Tokens live 300 s in the realm; reuse one for at most this long so a long suite never sends an expired one. */
    private static final long REUSE_MILLIS = 200_000;
    private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();

    private record Cached(String token, long fetchedAt) {
        boolean fresh() {
            return System.currentTimeMillis() - fetchedAt < REUSE_MILLIS;
        }
    }

    private Keycloak() {
    }

    public static String token(String username) {
        return cached(username, () -> passwordGrant("thidua-tests", username));
    }

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        return TOKENS.compute(key, (k, old) -> old != null && old.fresh() ? old
                : new Cached(fetch.get(), System.currentTimeMillis())).token();
    }

    /** A service account's token (client credentials), e.g. the portals: thidua-portal, thidua-portal-national. */
    public static String clientToken(String clientId, String secret) {
        return cached("#" + clientId, () -> {
            Response response = given().contentType(ContentType.URLENC)
                    .formParams("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)
                    .post(REALM_URL + "/protocol/openid-connect/token");
            return accessToken(response, clientId);
        });
    }

    /** A token from a client whose tokens do not carry the API's audience. */
    public static String otherAudienceToken(String username) {
        return passwordGrant("thidua-other-app", username);
    }

    public static String passwordGrant(String clientId, String username) {
        Response response;
        try {
            response = given().contentType(ContentType.URLENC)
                    .formParams("grant_type", "password", "client_id", clientId, "username", username, "password",
                            PASSWORD, "scope", "openid")
                    .post(REALM_URL + "/protocol/openid-connect/token");
        } catch (RuntimeException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + URL
                    + ": run the tests with scripts/test.sh, which starts it", e);
        }
        return accessToken(response, username);
    }

    private static String accessToken(Response response, String who) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + who + ": " + response.statusCode() + " "
                    + response.asString());
        }
        return response.jsonPath().getString("access_token");
    }

    /**
     * A Board admin of a province that has no demo admin (e.g. Huế, "46"), made once through the admin API
     * as the realm's users are: role admin and attribute province.
     */
    public static String boardAdminToken(String provinceCode) {
        String username = "test.admin." + provinceCode;
        return cached(username, () -> {
            String users = URL + "/admin/realms/thidua/users";
            int status = adminApi().body(Map.of("username", username, "enabled", true, "emailVerified", true,
                    "firstName", "Quản trị", "lastName", "Tỉnh " + provinceCode, "email", username + "@thidua.example",
                    "attributes", Map.of("province", List.of(provinceCode)), "credentials",
                    List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)))).post(users).statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("Could not create " + username + ": " + status);
            }
            String id = adminApi().queryParam("username", username).queryParam("exact", true).get(users).jsonPath()
                    .getString("[0].id");
            Object role = adminApi().get(URL + "/admin/realms/thidua/roles/admin").as(Map.class);
            adminApi().body(List.of(role)).post(users + "/" + id + "/role-mappings/realm").then().statusCode(204);
            return passwordGrant("thidua-tests", username);
        });
    }

    /**
     * A fresh token of an officer made (or reshaped) through the admin API with these claims; a null
     * {@code provinceCode} leaves the attribute out. Not cached: each call may change the user's claims.
     */
    public static String officerToken(String username, String unitCode, String provinceCode) {
        String users = URL + "/admin/realms/thidua/users";
        Map<String, List<String>> attributes = new java.util.HashMap<>(Map.of("unit", List.of(unitCode)));
        if (provinceCode != null) {
            attributes.put("province", List.of(provinceCode));
        }
        Map<String, Object> user = Map.of("username", username, "enabled", true, "emailVerified", true,
                "firstName", "Cán bộ", "lastName", "Thử nghiệm", "email", username + "@thidua.example",
                "attributes", attributes, "credentials",
                List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        int status = adminApi().body(user).post(users).statusCode();
        String id = adminApi().queryParam("username", username).queryParam("exact", true).get(users).jsonPath()
                .getString("[0].id");
        if (status == 409) {
            adminApi().body(user).put(users + "/" + id).then().statusCode(204);
        } else if (status != 201) {
            throw new IllegalStateException("Could not create " + username + ": " + status);
        }
        Object role = adminApi().get(URL + "/admin/realms/thidua/roles/officer").as(Map.class);
        adminApi().body(List.of(role)).post(users + "/" + id + "/role-mappings/realm").then().statusCode(204);
        return passwordGrant("thidua-tests", username);
    }

    private static io.restassured.specification.RequestSpecification adminApi() {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + masterAdminToken());
    }

    /** An admin-API token of the master realm (bootstrap admin), for tests that shape Keycloak itself. */
    public static String masterAdminToken() {
        Response response = given().contentType(ContentType.URLENC)
                .formParams("grant_type", "password", "client_id", "admin-cli", "username",
                        System.getenv().getOrDefault("KEYCLOAK_ADMIN", "admin"), "password",
                        System.getenv().getOrDefault("KEYCLOAK_ADMIN_PASSWORD", "admin"))
                .post(URL + "/realms/master/protocol/openid-connect/token");
        return accessToken(response, "master admin");
    }
}
