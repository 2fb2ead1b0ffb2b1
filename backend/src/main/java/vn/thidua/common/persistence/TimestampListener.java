package vn.thidua.common.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/** Stamps {@link Timestamped} entities with the injected Clock, at the precision the columns keep (µs). */
public class TimestampListener {

    @PrePersist
    void created(Timestamped entity) {
        entity.createdAt = now();
        entity.updatedAt = entity.createdAt;
    }

    @PreUpdate
    void updated(Timestamped entity) {
        entity.updatedAt = now();
    }

    private static Instant now() {
        return CDI.current().select(Clock.class).get().instant().truncatedTo(ChronoUnit.MICROS);
    }
}
