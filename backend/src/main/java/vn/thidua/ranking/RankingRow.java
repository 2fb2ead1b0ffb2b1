package vn.thidua.ranking;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

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

import vn.thidua.scheme.TieBreak;
import vn.thidua.sheet.SheetTotals;
import vn.thidua.unit.Unit;

/** One unit's place in a ranking, with the totals it was ranked by and last year's place. */
@Entity
@Table(name = "ranking_row")
public class RankingRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ranking_id")
    public Ranking ranking;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public BigDecimal total;

    @Column(nullable = false)
    public BigDecimal counted;

    @Column(nullable = false)
    public BigDecimal bonus;

    @Column(nullable = false)
    public BigDecimal penalty;

    /** Counted points per group, in the scheme's order. */
    @Convert(converter = GroupPointsConverter.class)
    @Column(name = "group_points", nullable = false)
    public Map<String, BigDecimal> groupPoints = new LinkedHashMap<>();

    @Column(nullable = false)
    public boolean disqualified;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by")
    public TieBreak decidedBy;

    @Column(name = "vote_reached", nullable = false)
    public boolean voteReached;

    @Column(name = "needs_vote", nullable = false)
    public boolean needsVote;

    @Column(name = "last_year_position")
    public Integer lastYearPosition;

    @Column(name = "last_year_total")
    public BigDecimal lastYearTotal;

    /** The totals it was ranked by, to rank again (after a tie vote) without reading the sheets. */
    public SheetTotals totals() {
        return new SheetTotals(new LinkedHashMap<>(groupPoints), counted, bonus, penalty, disqualified, total);
    }
}
