package vn.thidua.support;

/** The callers the tests act as; officers' units are the seed cases' (see docs/CONVENTIONS.md). */
public enum Actor {
    ANONYMOUS(null),
    ADMIN("admin"),
    VIEWER("viewer"),
    PORTAL(null),
    /** Officer of Sở Xây dựng, LEADER of Bắc Kạn 2023. */
    LEADER_OFFICER("bk.sxd"),
    /** Officer of the Ban QLDA NN&PTNT, DEPUTY of Bắc Kạn 2023. */
    DEPUTY_OFFICER("bk.bqlda"),
    /** Officer of Sở Công Thương, a MEMBER of Bắc Kạn 2023. */
    MEMBER_OFFICER("bk.sct"),
    /** Officer of Quỹ Đầu tư phát triển tỉnh Bắc Ninh: another bloc's unit. */
    OTHER_BLOC_OFFICER("bn.qdtpt"),
    /** Officer whose unit (Sở GTVT Bắc Kạn) was merged away in 2025. */
    INACTIVE_UNIT_OFFICER("bk.sgtvt"),
    /** Officer whose unit code names no unit. */
    UNKNOWN_UNIT_OFFICER("ghost");

    private final String username;

    Actor(String username) {
        this.username = username;
    }

    public String username() {
        return username;
    }

    /** The bearer token, or null for anonymous callers. */
    public String token() {
        if (this == ANONYMOUS) {
            return null;
        }
        if (this == PORTAL) {
            return Keycloak.portalToken();
        }
        return Keycloak.token(username);
    }
}
