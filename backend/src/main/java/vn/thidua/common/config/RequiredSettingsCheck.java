package vn.thidua.common.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

/** Uses {@link RequiredSettings}, so that its mapping is registered and validated at every start. */
@Startup
@ApplicationScoped
public class RequiredSettingsCheck {

    @Inject
    RequiredSettings settings;
}
