package vn.thidua.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A group of criteria (nhóm tiêu chí) with its maximum. */
@Entity
@Table(name = "scoring_group")
public class SchemeGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id")
    public Scheme scheme;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(name = "max_points", nullable = false)
    public BigDecimal maxPoints;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SchemeCriterion> criteria = new ArrayList<>();

    /** The sum of the maxima that count towards the group's (bonus, penalty and disqualifiers do not). */
    public BigDecimal countedMaxima() {
        return criteria.stream().filter(c -> c.kind.countsTowardsMaxima()).map(c -> c.maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
