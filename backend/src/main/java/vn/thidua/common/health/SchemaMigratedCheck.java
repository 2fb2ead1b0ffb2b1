package vn.thidua.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.flywaydb.core.Flyway;

/** Started once Flyway has applied every migration (the startup probe; liveness waits for it). */
@Startup
@ApplicationScoped
public class SchemaMigratedCheck implements HealthCheck {

    @Inject
    Flyway flyway;

    private volatile boolean migrated;

    @Override
    public HealthCheckResponse call() {
        if (!migrated) {
            migrated = flyway.info().pending().length == 0;
        }
        return HealthCheckResponse.named("Database schema migrated").status(migrated).build();
    }
}
