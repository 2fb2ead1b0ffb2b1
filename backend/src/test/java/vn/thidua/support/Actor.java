package vn.thidua.support;

/**
 * The callers the tests act as, with real Keycloak tokens (users of keycloak/realm-thidua.json).
 * Fixtures are made by {@link #ADMIN} in Thái Nguyên (19), whose scope holds Bắc Kạn (06) by lineage;
 * the officers' units are the seed cases' (see docs/CONVENTIONS.md).
 */
public enum Actor {
    ANONYMOUS(null),
    /** Board admin of Thái Nguyên (19); by lineage also Bắc Kạn (06). */
    ADMIN("admin"),
    /** Board admin of Bắc Ninh (27; by lineage Bắc Giang 24): another province. */
    OTHER_ADMIN("admin.bn"),
    /** Board admin of Ninh Bình (37; by lineage Hà Nam 35, Nam Định 36): another province. */
    NB_ADMIN("admin.nb"),
    /** Bộ Nội vụ (role national): reads every province, writes nothing. */
    NATIONAL("bnv"),
    /** A viewer with the national scope (roles viewer + national). */
    NATIONAL_VIEWER("bnv.viewer"),
    /** Officer of Sở Xây dựng, LEADER of Bắc Kạn 2023. */
    LEADER_OFFICER("bk.sxd"),
    /** Officer of the Ban QLDA NN&PTNT, DEPUTY of Bắc Kạn 2023. */
    DEPUTY_OFFICER("bk.bqlda"),
    /** Officer of Sở Công Thương, a MEMBER of Bắc Kạn 2023. */
    MEMBER_OFFICER("bk.sct"),
    /** Officer of Sở Nội vụ Bắc Kạn: same province, another bloc (see {@link SeedCases#ensureLoaded}). */
    OTHER_BLOC_OFFICER("bk.snv"),
    /** Officer of Quỹ Đầu tư phát triển tỉnh Bắc Ninh: another province. */
    OTHER_PROVINCE_OFFICER("bn.qdtpt"),
    /** Viewer of Thái Nguyên (claim province 19). */
    VIEWER("viewer"),
    /** Portal service account of Thái Nguyên (client thidua-portal, hardcoded claim province 19). */
    PORTAL(null),
    /** An admin whose token carries no province: refused everywhere. */
    NO_PROVINCE_ADMIN("admin.none"),
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

    public static Actor ofUsername(String username) {
        for (Actor actor : values()) {
            if (username.equals(actor.username)) {
                return actor;
            }
        }
        throw new IllegalArgumentException("no test actor for user " + username);
    }

    /** The bearer token, or null for anonymous callers. */
    public String token() {
        if (this == ANONYMOUS) {
            return null;
        }
        if (this == PORTAL) {
            return Keycloak.clientToken("thidua-portal", "portal-dev-secret");
        }
        return Keycloak.token(username);
    }
}
