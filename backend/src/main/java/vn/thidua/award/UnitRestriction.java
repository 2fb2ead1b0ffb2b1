package vn.thidua.award;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.audit.Audited;
import vn.thidua.audit.Snapshot;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.unit.Unit;

/** A restriction on a unit (kỷ luật, điều tra, thanh tra, khiếu nại), recorded by the Board with the document that opened it. */
@Entity
@Table(name = "unit_restriction")
public class UnitRestriction extends Timestamped implements Audited {

    static final String ENTITY = "UnitRestriction";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RestrictionKind kind;

    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "number", column = @Column(name = "decision_number", nullable = false)),
            @AttributeOverride(name = "date", column = @Column(name = "decision_date", nullable = false)),
            @AttributeOverride(name = "issuer", column = @Column(name = "decision_issuer", nullable = false)) })
    public DecisionRef decision;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    /** The day it ended (resolved, lifted); null while still open. */
    @Column(name = "to_date")
    public LocalDate toDate;

    public String resolution;

    public String note;

    @Version
    public long version;

    /** Whether it keeps the unit from being proposed on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return !fromDate.isAfter(day) && (toDate == null || !toDate.isBefore(day));
    }

    public Snapshot snapshot() {
        return Snapshot.of().put("unit", unit.id).put("kind", kind).put("decision", decision).put("fromDate", fromDate)
                .put("toDate", toDate).put("resolution", resolution).put("note", note);
    }

    @Override
    public String auditType() {
        return ENTITY;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public Long auditProvinceId() {
        return unit.provinceId;
    }
}
