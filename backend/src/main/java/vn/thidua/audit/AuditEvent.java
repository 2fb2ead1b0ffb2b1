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

/**
 * One write: who, when (UTC), what operation on which entity of which province, and the fields it
 * changed; chained to the previous row by hash. Written only by {@link AuditChainWriter}, never updated.
 */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Position in the hash chain: 1, 2, 3 … without gaps. */
    @Column(name = "chain_seq", nullable = false)
    public long chainSeq;

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

    @Column(name = "province_id")
    public Long provinceId;

    public String reason;

    /** JSON object: field → {before, after}. */
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public String changes;

    @Column(name = "prev_hash", nullable = false, length = 64)
    public String prevHash;

    @Column(nullable = false, length = 64)
    public String hash;
}
