package vn.thidua.sheet;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.audit.Snapshot;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.common.state.Stateful;
import vn.thidua.unit.Unit;

/** A reviewer unit's scores of one sheet (chấm chéo): never the scored unit itself (a database check too). */
@Entity
@Table(name = "score_review")
public class ScoreReview extends Timestamped implements Stateful<ReviewStatus> {

    public static final String ENTITY = "ScoreReview";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id")
    public ScoreSheet sheet;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scored_unit_id")
    public Unit scoredUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_unit_id")
    public Unit reviewerUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status = ReviewStatus.ASSIGNED;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ScoreReviewEntry> entries = new ArrayList<>();

    @Version
    public long version;

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().put("sheet", sheet.id).put("reviewer", reviewerUnit.id).put("status", status);
    }

    @Override
    public ReviewStatus status() {
        return status;
    }

    @Override
    public void assignStatus(ReviewStatus status) {
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
        return sheet.auditProvinceId();
    }
}
