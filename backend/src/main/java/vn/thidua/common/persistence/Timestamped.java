package vn.thidua.common.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;

/** Created/updated instants (UTC), set from the application's {@link java.time.Clock} by {@link TimestampListener}. */
@MappedSuperclass
@EntityListeners(TimestampListener.class)
public abstract class Timestamped {

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
