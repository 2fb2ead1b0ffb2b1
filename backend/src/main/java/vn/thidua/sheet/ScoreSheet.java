package vn.thidua.sheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.audit.Snapshot;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.common.state.Stateful;
import vn.thidua.unit.Unit;

/** One member unit's scoring sheet (bảng chấm điểm) of a round. */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet extends Timestamped implements Stateful<SheetStatus> {

    public static final String ENTITY = "ScoreSheet";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public ScoringRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SheetStatus status = SheetStatus.DRAFT;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Submitted after the round's deadline: flagged, never refused. */
    @Column(nullable = false)
    public boolean late;

    @Column(name = "self_total")
    public BigDecimal selfTotal;

    @Column(name = "final_total")
    public BigDecimal finalTotal;

    @Column(nullable = false)
    public boolean disqualified;

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ScoreEntry> entries = new ArrayList<>();

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ScoreReview> reviews = new ArrayList<>();

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SheetExplanation> explanations = new ArrayList<>();

    @Version
    public long version;

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().put("round", round.id).put("unit", unit.id).put("status", status).put("late", late)
                .put("selfTotal", selfTotal == null ? null : selfTotal.toPlainString())
                .put("finalTotal", finalTotal == null ? null : finalTotal.toPlainString()).put("disqualified", disqualified);
    }

    @Override
    public SheetStatus status() {
        return status;
    }

    @Override
    public void assignStatus(SheetStatus status) {
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
        return round.auditProvinceId();
    }
}
