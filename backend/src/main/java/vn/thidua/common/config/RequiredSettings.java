package vn.thidua.common.config;

import io.smallrye.config.ConfigMapping;

/**
 * The settings a deployment must give. In dev and tests they default to the local values; in
 * production they come from the environment only, so a missing one stops the start before
 * anything connects: "SRCFG00011: Could not expand value DB_PASSWORD in property
 * thidua.required.db-password" (see application.properties).
 */
@ConfigMapping(prefix = "thidua.required")
public interface RequiredSettings {

    String dbUrl();

    String dbUser();

    String dbPassword();

    String oidcAuthServerUrl();

    String corsOrigins();
}
