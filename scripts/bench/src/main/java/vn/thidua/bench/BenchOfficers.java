package vn.thidua.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;

/**
 * Officers of units the benchmark made, as the realm's own officers are (role officer, attributes unit
 * and province), created — or reshaped, on a later run — through Keycloak's admin API with the password
 * the harness's password grant uses: what a unit's officer on a phone holds when it votes.
 */
final class BenchOfficers {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String keycloak;
    private final String password;

    BenchOfficers(String keycloak, String password) {
        this.keycloak = keycloak;
        this.password = password;
    }

    /** Makes or reshapes each (username, unit code)'s officer, 4 at a time; their tokens come from the harness's password grant. */
    void shape(List<String> usernames, List<String> unitCodes, String provinceCode) throws Exception {
        String admin = masterToken();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < usernames.size(); i++) {
                String user = usernames.get(i);
                String unit = unitCodes.get(i);
                done.add(pool.submit(() -> {
                    shape(admin, user, unit, provinceCode);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void shape(String admin, String username, String unitCode, String provinceCode) throws Exception {
        String users = keycloak + "/admin/realms/thidua/users";
        String body = Json.createObjectBuilder().add("username", username).add("enabled", true).add("emailVerified", true)
                .add("firstName", "Cán bộ").add("lastName", "Bench").add("email", username + "@thidua.example")
                .add("attributes", Json.createObjectBuilder().add("unit", Json.createArrayBuilder().add(unitCode))
                        .add("province", Json.createArrayBuilder().add(provinceCode)))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", false)))
                .build().toString();
        int created = send(admin, "POST", users, body).statusCode();
        String found = send(admin, "GET", users + "?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null).body();
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(found);
        if (!id.find()) {
            throw new IllegalStateException("Keycloak has no user " + username + " (" + created + "): " + found);
        }
        if (created == 409) {
            require(send(admin, "PUT", users + "/" + id.group(1), body), 204, "reshape " + username);
        } else if (created != 201) {
            throw new IllegalStateException("Keycloak refused user " + username + ": " + created);
        }
        String role = send(admin, "GET", keycloak + "/admin/realms/thidua/roles/officer", null).body();
        require(send(admin, "POST", users + "/" + id.group(1) + "/role-mappings/realm", "[" + role + "]"), 204, "role of " + username);
    }

    private String masterToken() throws Exception {
        String admin = System.getenv().getOrDefault("KEYCLOAK_ADMIN_PASSWORD", "admin");
        return token(keycloak + "/realms/master/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=admin&password=" + URLEncoder.encode(admin, StandardCharsets.UTF_8));
    }

    private String token(String url, String form) throws Exception {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(res.body());
        if (!m.find()) {
            throw new IllegalStateException("no token from " + url + ": " + res.statusCode() + " " + res.body());
        }
        return m.group(1);
    }

    private HttpResponse<String> send(String token, String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void require(HttpResponse<String> res, int status, String what) {
        if (res.statusCode() != status) {
            throw new IllegalStateException("Keycloak: " + what + " answered " + res.statusCode() + " " + res.body());
        }
    }
}
