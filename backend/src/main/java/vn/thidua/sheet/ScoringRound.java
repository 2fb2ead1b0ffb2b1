package vn.thidua.sheet;

import java.math.BigDecimal;
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

import vn.thidua.audit.Snapshot;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.common.state.Stateful;
import vn.thidua.scheme.Scheme;
import vn.thidua.term.Term;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitRef;

/** A term's scoring (đợt chấm điểm): the adopted scheme it scores against, the deadline and the aggregation rule. */
@Entity
@Table(name = "scoring_round")
public class ScoringRound extends Timestamped implements Stateful<RoundStatus> {

    public static final String ENTITY = "ScoringRound";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    public Term term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id")
    public Scheme scheme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundStatus status = RoundStatus.SELF_SCORING;

    @Column(name = "self_deadline", nullable = false)
    public LocalDate selfDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Aggregation aggregation;

    /** A reviewer's points further than this from the self-score are flagged. */
    @Column(name = "deviation_threshold", nullable = false)
    public BigDecimal deviationThreshold;

    @Version
    public long version;

    /** A unit's name in the round's year (a unit renamed since shows the name it had then). */
    public String unitName(Unit unit) {
        return UnitRef.of(unit, term.lastDay()).name();
    }

    public boolean reviewClosed() {
        return status == RoundStatus.REVIEW_CLOSED;
    }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().put("term", term.id).put("scheme", scheme.id).put("status", status)
                .put("selfDeadline", selfDeadline).put("aggregation", aggregation)
                .put("deviationThreshold", deviationThreshold.toPlainString());
    }

    @Override
    public RoundStatus status() {
        return status;
    }

    @Override
    public void assignStatus(RoundStatus status) {
        this.status = status;
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
        return term.auditProvinceId();
    }
}
