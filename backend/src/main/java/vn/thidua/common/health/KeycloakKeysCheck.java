package vn.thidua.common.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Ready while Keycloak's signing keys are reachable, or were fetched before: tokens are verified
 * locally with cached keys, so a Keycloak outage must not take the API out of service. Down only
 * when the keys were never reachable since the start. Probes are cached for a few seconds.
 */
@Readiness
@ApplicationScoped
public class KeycloakKeysCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CACHE = Duration.ofSeconds(10);

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServer;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Instant lastProbe = Instant.EPOCH;
    private volatile boolean reachable;
    private volatile Instant lastSuccess;

    @Override
    public HealthCheckResponse call() {
        if (Instant.now().isAfter(lastProbe.plus(CACHE))) {
            reachable = probe();
            lastProbe = Instant.now();
            if (reachable) {
                lastSuccess = lastProbe;
            }
        }
        return HealthCheckResponse.named("Keycloak signing keys")
                .status(reachable || lastSuccess != null)
                .withData("keys", reachable ? "reachable" : lastSuccess != null ? "cached" : "unreachable")
                .withData("lastFetched", lastSuccess == null ? "never" : lastSuccess.toString())
                .build();
    }

    private boolean probe() {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(authServer.replaceAll("/+$", "")
                    + "/protocol/openid-connect/certs")).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && json.readTree(answer.body()).path("keys").size() > 0;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
