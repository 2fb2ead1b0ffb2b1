package vn.thidua.unit;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.audit.Audited;
import vn.thidua.common.lineage.SuccessionRecord;

/** A rename, merger, split or dissolution, effective on a date, by a decision. */
@Entity
@Table(name = "unit_succession")
public class UnitSuccession extends SuccessionRecord<Unit> implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "new_short_name")
    public String newShortName;

    @Version
    public long version;

    /** Set when an admin withdrew the succession (its effects undone); the record stays. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    @ManyToMany
    @JoinTable(name = "unit_succession_predecessor", joinColumns = @JoinColumn(name = "succession_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    public Set<Unit> predecessors = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "unit_succession_successor", joinColumns = @JoinColumn(name = "succession_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    public Set<Unit> successors = new LinkedHashSet<>();

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    @Override
    public Set<Unit> predecessorSet() {
        return predecessors;
    }

    @Override
    public Set<Unit> successorSet() {
        return successors;
    }

    @Override
    public String auditType() {
        return SuccessionService.ENTITY;
    }

    @Override
    public Long auditId() {
        return id;
    }

    /** The successor's province (a 2025 merger may take a unit across provinces), else the first predecessor's. */
    @Override
    public Long auditProvinceId() {
        Unit owner = successors.isEmpty() ? predecessors.stream().findFirst().orElse(null)
                : successors.iterator().next();
        return owner == null ? null : owner.auditProvinceId();
    }
}
