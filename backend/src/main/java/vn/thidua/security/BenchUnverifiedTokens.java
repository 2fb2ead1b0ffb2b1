package vn.thidua.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.jwt.JwtClaims;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Benchmark only (scripts/bench.sh): a request with {@code X-Bench-Unverified: true} has its bearer
 * token's claims read <em>without</em> checking signature, issuer, audience or expiry, so that the
 * harness can measure what the bearer check costs (the same endpoint, the same claims, no check).
 * Works only when {@code thidua.bench.unverified-tokens=true} <em>and</em> the run's profile is
 * {@code bench} in a normal (packaged) launch; anywhere else the header is ignored, and asking for
 * it outside the bench profile stops the start. Tests prove it is off (TokenValidationTest).
 */
@ApplicationScoped
public class BenchUnverifiedTokens implements HttpAuthenticationMechanism {

    static final String HEADER = "X-Bench-Unverified";
    private static final Logger LOG = Logger.getLogger(BenchUnverifiedTokens.class);

    @ConfigProperty(name = "thidua.bench.unverified-tokens", defaultValue = "false")
    boolean requested;

    private boolean enabled;

    @PostConstruct
    void decide() {
        boolean benchProfile = ConfigUtils.getProfiles().contains("bench") && LaunchMode.current() == LaunchMode.NORMAL;
        if (requested && !benchProfile) {
            throw new IllegalStateException("thidua.bench.unverified-tokens is allowed only with quarkus.profile=bench");
        }
        enabled = requested;
        if (enabled) {
            LOG.warn("BENCH PROFILE: requests with X-Bench-Unverified skip the bearer check (never in production)");
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader("Authorization");
        if (!enabled || !"true".equals(context.request().getHeader(HEADER)) || authorization == null
                || !authorization.startsWith("Bearer ")) {
            return Uni.createFrom().optional(Optional.empty());
        }
        return identityProviderManager.authenticate(new Request(authorization.substring(7)));
    }

    /** The unverified token, for {@link Provider}. */
    static final class Request extends BaseAuthenticationRequest {
        final String token;

        Request(String token) {
            this.token = token;
        }
    }

    /** Builds the identity from the token's claims as quarkus-oidc would, without any check. */
    @ApplicationScoped
    public static class Provider implements IdentityProvider<Request> {

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            try {
                String[] parts = request.token.split("\\.");
                JwtClaims claims = JwtClaims.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
                AccessTokenCredential credential = new AccessTokenCredential(request.token);
                // Roles first: the principal's constructor turns the claims into JSON-P values.
                Set<String> roles = realmRoles(claims);
                return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new OidcJwtCallerPrincipal(claims, credential)).addCredential(credential)
                        .addRoles(roles).build());
            } catch (Exception e) {
                return Uni.createFrom().failure(new AuthenticationFailedException(e));
            }
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().optional(Optional.empty());
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Request.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }

    /** The roles where quarkus.oidc.roles.role-claim-path reads them (realm_access/roles). */
    private static Set<String> realmRoles(JwtClaims claims) {
        Set<String> roles = new HashSet<>();
        if (claims.getClaimValue("realm_access") instanceof Map<?, ?> map && map.get("roles") instanceof List<?> list) {
            list.forEach(r -> roles.add(String.valueOf(r)));
        }
        return roles;
    }
}
