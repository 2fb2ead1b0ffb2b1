package vn.thidua.sheet;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.thidua.scheme.SchemeCriterion;

/** A reviewer's value and points of one criterion, with its reason where it differs from the self-score. */
@Entity
@Table(name = "score_review_entry")
public class ScoreReviewEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    public ScoreReview review;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id")
    public SchemeCriterion criterion;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(nullable = false)
    public BigDecimal points;

    public String reason;
}
