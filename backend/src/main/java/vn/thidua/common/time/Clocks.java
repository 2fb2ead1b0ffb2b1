package vn.thidua.common.time;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** Civil dates are Vietnamese (Asia/Ho_Chi_Minh); instants are stored in UTC, to the microsecond the database keeps. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.system(VIETNAM), Duration.ofNanos(1_000));
    }
}
