package vn.thidua.scheme;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

/** One criterion (tiêu chí) of a group, with how it is scored. */
@Entity
@Table(name = "scoring_criterion")
public class SchemeCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id")
    public Scheme scheme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public SchemeGroup group;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    public String guidance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CriterionKind kind;

    @Column(name = "max_points", nullable = false)
    public BigDecimal maxPoints;

    @Column(nullable = false)
    public BigDecimal step;

    @Column(name = "evidence_required", nullable = false)
    public boolean evidenceRequired;

    public BigDecimal target;

    @Column(name = "unit_of_measure")
    public String unitOfMeasure;

    @Enumerated(EnumType.STRING)
    public QuantityFormula formula;

    @Convert(converter = ThresholdsConverter.class)
    public List<Threshold> thresholds = List.of();

    @Column(name = "points_each")
    public BigDecimal pointsEach;
}
