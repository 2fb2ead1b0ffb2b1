package vn.thidua.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import vn.thidua.common.error.DomainException;
import vn.thidua.common.error.Text;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRepository;

/** Who is calling: their name, roles and, for officers, the unit named by the token's {@code unit} claim. */
@RequestScoped
public class CurrentUser {

    public static final String UNIT_CLAIM = "unit";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    UnitRepository units;

    @Inject
    Clock clock;

    private Unit unit;

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

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean isOfficer() {
        return identity.hasRole(Roles.OFFICER);
    }

    /** The unit code carried by the token, if any. */
    public Optional<String> unitCode() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Object claim = token.getClaim(UNIT_CLAIM);
        return claim == null || claim.toString().isBlank() ? Optional.empty() : Optional.of(claim.toString().trim());
    }

    /** The officer's unit, active today; 403 when the token names no such unit. */
    public Unit unit() {
        if (unit == null) {
            String code = unitCode().orElseThrow(() -> DomainException.forbidden("OFFICER_WITHOUT_UNIT", Text.of(
                    "Tài khoản cán bộ chưa được gán đơn vị (thuộc tính 'unit').",
                    "This officer account has no unit (attribute 'unit').")));
            LocalDate today = LocalDate.now(clock);
            unit = units.findByCode(code)
                    .filter(found -> found.isActiveOn(today))
                    .orElseThrow(() -> DomainException.forbidden("OFFICER_UNIT_INACTIVE", Text.of(
                            "Đơn vị {0} trong mã truy cập không tồn tại hoặc đã ngừng hoạt động.",
                            "The token's unit {0} does not exist or is no longer active.").with(code)));
        }
        return unit;
    }
}
