package vn.thidua.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the token says: name, roles and the codes of the claims {@code unit} and
 * {@code province}. Only ids and codes, never entities: what they name (is the unit active? which
 * provinces may the caller see?) is resolved by {@code vn.thidua.access.ProvinceScope}.
 */
@RequestScoped
public class CurrentUser {

    public static final String UNIT_CLAIM = "unit";
    public static final String PROVINCE_CLAIM = "province";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The name audit trails show: the token's preferred_username, else its subject. */
    public String username() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null ? name : username();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean isOfficer() {
        return identity.hasRole(Roles.OFFICER);
    }

    public boolean isNational() {
        return identity.hasRole(Roles.NATIONAL);
    }

    /** The unit code carried by the token, if any. */
    public Optional<String> unitCode() {
        return claim(UNIT_CLAIM);
    }

    /** The province code (administrative-division code, e.g. "19") carried by the token, if any. */
    public Optional<String> provinceCode() {
        return claim(PROVINCE_CLAIM);
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Object claim = token.getClaim(name);
        return claim == null || claim.toString().isBlank() ? Optional.empty() : Optional.of(claim.toString().trim());
    }
}
