package vn.thidua.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
import vn.thidua.conference.Conference;
import vn.thidua.term.Term;

/** One version of a term's scoring scheme (thang điểm): groups of criteria, frozen once adopted. */
@Entity
@Table(name = "scoring_scheme")
public class Scheme extends Timestamped implements Stateful<SchemeStatus> {

    static final String ENTITY = "ScoringScheme";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    public Term term;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    @Column(nullable = false)
    public String title;

    @Column(name = "total_points", nullable = false)
    public BigDecimal totalPoints;

    /** Where penalties stop: they never take a total below it (điểm sàn). */
    @Column(name = "score_floor", nullable = false)
    public BigDecimal scoreFloor = BigDecimal.ZERO.setScale(2);

    /** The tie-break chain as stored: "FIRST_GROUP,FEWER_PENALTY,MEMBER_VOTE,LOT" (see {@link TieBreak}). */
    @Column(name = "tie_breaks", nullable = false)
    public String tieBreaks = TieBreak.format(TieBreak.DEFAULT);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SchemeStatus status = SchemeStatus.DRAFT;

    @Column(name = "status_reason")
    public String statusReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "copied_from_id")
    public Scheme copiedFrom;

    /** The conference that adopted it (thông qua tại hội nghị). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "adopted_at_id")
    public Conference adoptedAt;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    @OneToMany(mappedBy = "scheme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SchemeGroup> groups = new ArrayList<>();

    @Version
    public long version;

    public BigDecimal groupMaxima() {
        return groups.stream().map(g -> g.maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<TieBreak> tieBreakChain() {
        return TieBreak.parse(tieBreaks);
    }

    public int criterionCount() {
        return groups.stream().mapToInt(g -> g.criteria.size()).sum();
    }

    public Snapshot snapshot() {
        return Snapshot.of().put("term", term.id).put("versionNo", versionNo).put("title", title)
                .put("totalPoints", totalPoints.toPlainString())
                .put("scoreFloor", scoreFloor.toPlainString()).put("tieBreaks", tieBreaks).put("status", status)
                .put("adoptedAt", adoptedAt == null ? null : adoptedAt.id).put("adoptedOn", adoptedOn)
                .put("groups", groups.stream().map(g -> g.code + " " + g.maxPoints.toPlainString() + " ["
                        + g.criteria.stream().map(c -> c.code + " " + c.kind + " " + c.maxPoints.toPlainString())
                                .collect(Collectors.joining(", ")) + "]").collect(Collectors.joining("; ")));
    }

    @Override
    public SchemeStatus status() {
        return status;
    }

    @Override
    public void assignStatus(SchemeStatus status) {
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
