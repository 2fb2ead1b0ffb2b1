package vn.thidua.common.files;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the file store accepts a write. */
@Readiness
@ApplicationScoped
public class StorageHealthCheck implements HealthCheck {

    @Inject
    FileStore store;

    @Override
    public HealthCheckResponse call() {
        try {
            store.probe();
            return HealthCheckResponse.up("File storage writable");
        } catch (IOException | RuntimeException e) {
            return HealthCheckResponse.named("File storage writable").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
