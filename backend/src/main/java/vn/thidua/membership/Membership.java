package vn.thidua.membership;

import java.time.LocalDate;

import jakarta.persistence.Column;
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
import vn.thidua.bloc.BlocKind;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.term.Term;
import vn.thidua.unit.Unit;

/**
 * A unit in a term with its role. {@link #termYear} and {@link #blocKind} copy the term's so that a
 * database key can forbid a unit being in two blocs of one kind in one year.
 */
@Entity
@Table(name = "membership")
public class Membership extends Timestamped implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    public Term term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(name = "term_year", nullable = false)
    public int termYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "bloc_kind", nullable = false)
    public BlocKind blocKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipRole role;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "left_reason")
    public String leftReason;

    @Version
    public long version;

    public boolean isCurrent() {
        return leftOn == null;
    }

    public Snapshot snapshot() {
        return Snapshot.of().put("term", term.id).put("unit", unit.id).put("role", role).put("joinedOn", joinedOn)
                .put("leftOn", leftOn).put("leftReason", leftReason);
    }

    @Override
    public String auditType() {
        return MembershipService.ENTITY;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public Long auditProvinceId() {
        return term.auditProvinceId();
    }
}
