package vn.thidua.security;

/** Realm roles of the Keycloak realm {@code thidua}. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String OFFICER = "officer";
    public static final String VIEWER = "viewer";
    public static final String PORTAL = "portal";
    /** Bộ Nội vụ (Ministry of Home Affairs): reads every province, writes nothing. */
    public static final String NATIONAL = "national";

    private Roles() {
    }
}
