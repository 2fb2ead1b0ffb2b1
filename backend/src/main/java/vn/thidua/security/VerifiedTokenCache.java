package vn.thidua.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The bearer check at the cost of a hash (issue 9). A request's {@code Authorization} header that
 * quarkus-oidc has accepted — signature against the realm's keys, issuer, audience
 * {@code thidua-api}, expiry, issued-at — is remembered, keyed by the SHA-256 of the header's exact
 * bytes, until the token's own {@code exp} (plus {@code quarkus.oidc.token.lifespan-grace}, the
 * skew quarkus-oidc allows); a later request with the same bytes gets the same identity without
 * parsing or verifying again. Other bytes — a tampered payload or signature, another token — hash
 * differently and go through quarkus-oidc's full check; refusals are never remembered; a remembered
 * token stops working at its expiry exactly when quarkus-oidc would refuse it
 * (VerifiedTokenCacheTest, TokenValidationTest). Nothing is weaker than before: tokens were already
 * verified locally (no introspection), so a revoked session was, and is, accepted until its token
 * expires (Keycloak: 5 minutes).
 *
 * <p>An authentication mechanism ahead of quarkus-oidc's (which it calls on a miss); the bench
 * profile's unverified switch ({@link BenchUnverifiedTokens}) comes before it and is never
 * remembered. Bounded: at most {@link #MAX_ENTRIES} headers; when full, expired ones are dropped,
 * and if that frees nothing the cache starts again empty (a miss only costs the full check).
 * {@code thidua.security.token-cache=false} switches it off (the harness measures both).
 */
@ApplicationScoped
public class VerifiedTokenCache implements HttpAuthenticationMechanism {

    static final int MAX_ENTRIES = 10_000;

    private record Entry(SecurityIdentity identity, long validUntilMillis) {
    }

    private final Map<ByteBuffer, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    OidcAuthenticationMechanism oidc;

    @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "0")
    int lifespanGraceSeconds;

    @ConfigProperty(name = "thidua.security.token-cache", defaultValue = "true")
    boolean enabled;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader("Authorization");
        if (!enabled || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Uni.createFrom().optional(Optional.empty()); // quarkus-oidc's mechanism answers
        }
        ByteBuffer key = hash(authorization);
        Entry entry = entries.get(key);
        if (entry != null) {
            if (System.currentTimeMillis() < entry.validUntilMillis()) {
                return Uni.createFrom().item(QuarkusSecurityIdentity.builder(entry.identity())
                        .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, context).build());
            }
            entries.remove(key, entry);
        }
        return oidc.authenticate(context, identityProviderManager).invoke(identity -> remember(key, identity));
    }

    private void remember(ByteBuffer key, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= 0) {
            return;
        }
        long validUntil = (jwt.getExpirationTime() + lifespanGraceSeconds) * 1000L;
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.currentTimeMillis();
            entries.values().removeIf(e -> e.validUntilMillis() <= now);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(identity, validUntil));
    }

    /** Whether this bearer token is remembered as verified and not yet expired (tests). */
    boolean remembers(String token) {
        Entry entry = entries.get(hash("Bearer " + token));
        return entry != null && System.currentTimeMillis() < entry.validUntilMillis();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority() + 1; // ahead of quarkus-oidc, behind BenchUnverifiedTokens
    }

    static ByteBuffer hash(String header) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(header.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
