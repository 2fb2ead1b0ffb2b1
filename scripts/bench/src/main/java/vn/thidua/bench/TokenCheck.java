package vn.thidua.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;

/**
 * The bearer check's alternatives (issue 9), CPU per check on one thread, with a real Keycloak
 * token and the realm's keys, each checking signature, issuer, audience and expiry (the cache:
 * a hash of the token's bytes, a map lookup, the expiry compared):
 * <ol>
 * <li>jose4j's JwtConsumer, the verifier under quarkus-oidc (and under smallrye-jwt);</li>
 * <li>smallrye-jwt's DefaultJWTParser (what quarkus-smallrye-jwt runs per request);</li>
 * <li>the verified-token cache's hit (backend's security/VerifiedTokenCache).</li>
 * </ol>
 * The whole of quarkus-oidc's per-request path is measured over HTTP by Main (bearer vs open).
 * usage: java -cp … vn.thidua.bench.TokenCheck [--keycloak=URL] [--iterations=N]
 */
public final class TokenCheck {

    public static void main(String[] args) throws Exception {
        String keycloak = "http://localhost:8180";
        int iterations = 20_000;
        for (String a : args) {
            if (a.startsWith("--keycloak=")) {
                keycloak = a.substring(11);
            } else if (a.startsWith("--iterations=")) {
                iterations = Integer.parseInt(a.substring(13));
            }
        }
        System.out.print(run(keycloak, iterations));
    }

    static String run(String keycloak, int iterations) throws Exception {
        String issuer = keycloak + "/realms/thidua";
        HttpClient http = HttpClient.newHttpClient();
        String form = "grant_type=password&client_id=thidua-tests&username=" + URLEncoder.encode(Main.ADMIN, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Main.PASSWORD, StandardCharsets.UTF_8);
        String body = http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token: " + body);
        }
        String token = m.group(1);
        String jwks = http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/certs")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        JwtConsumer jose = new JwtConsumerBuilder().setRequireExpirationTime().setRequireIssuedAt()
                .setExpectedIssuer(issuer).setExpectedAudience("thidua-api")
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys())).build();

        JWTAuthContextInfo info = new JWTAuthContextInfo(issuer + "/protocol/openid-connect/certs", issuer);
        info.setExpectedAudience(java.util.Set.of("thidua-api"));
        DefaultJWTParser smallrye = new DefaultJWTParser(info);

        Map<ByteBuffer, Long> cache = new ConcurrentHashMap<>();
        long exp = jose.processToClaims(token).getExpirationTime().getValueInMillis();
        cache.put(ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII))), exp);

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Bearer check alternatives (one thread, %d checks each after as many to warm up; load %s):%n",
                iterations, Files.load()));
        lines.add(line("jose4j JwtConsumer (under quarkus-oidc)", iterations, () -> {
            JwtClaims c = jose.processToClaims(token);
            return c.getSubject().length();
        }));
        lines.add(line("smallrye-jwt DefaultJWTParser", iterations, () -> smallrye.parse(token).getName().length()));
        lines.add(line("verified-token cache hit (SHA-256 + map)", iterations, () -> {
            Long until = cache.get(ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII))));
            if (until == null || System.currentTimeMillis() >= until) {
                throw new IllegalStateException("expired");
            }
            return 1;
        }));
        return String.join("", lines);
    }

    interface Check {
        int run() throws Exception;
    }

    private static String line(String name, int iterations, Check check) throws Exception {
        long sink = 0;
        for (int i = 0; i < iterations; i++) {
            sink += check.run();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            sink += check.run();
        }
        double us = (System.nanoTime() - t0) / 1000.0 / iterations;
        return String.format(Locale.ROOT, "  %-44s %8.1f µs/check%s%n", name, us, sink == 42 ? " " : "");
    }

    /** The 1-minute load average, for the line above the figures. */
    static final class Files {
        static String load() {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
            } catch (Exception e) {
                return "?";
            }
        }
    }

    private TokenCheck() {
    }
}
