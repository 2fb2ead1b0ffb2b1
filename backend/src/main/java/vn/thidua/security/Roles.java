package vn.thidua.security;

/** Realm roles of the Keycloak realm {@code thidua}. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String OFFICER = "officer";
    public static final String VIEWER = "viewer";
    public static final String PORTAL = "portal";

    private Roles() {
    }
}
