package vn.thidua.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One write: who, when (UTC), what operation on which entity, and the fields it changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_unit")
    public String actorUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditOperation operation;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public Long entityId;

    public String reason;

    /** JSON object: field → {before, after}. */
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public String changes;
}
