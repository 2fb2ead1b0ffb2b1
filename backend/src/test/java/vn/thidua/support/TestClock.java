package vn.thidua.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Singleton;

import vn.thidua.common.time.Clocks;

/**
 * The application's Clock in tests: the system clock, unless a test fixes it with {@link #fixAt}
 * (and puts it back with {@link #reset}) to prove that times come from the injected Clock.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void fixAt(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return Clocks.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return fixed == null ? Clock.system(zone) : Clock.fixed(fixed, zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now().truncatedTo(ChronoUnit.MICROS) : at; // as the database keeps it
    }
}
