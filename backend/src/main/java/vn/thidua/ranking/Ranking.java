package vn.thidua.ranking;

import java.time.Instant;
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
import vn.thidua.sheet.ScoringRound;

/** A scoring round's ranking (kết quả xếp hạng): its rows in order, the lot's seed and the tie votes. */
@Entity
@Table(name = "ranking")
public class Ranking extends Timestamped implements Stateful<RankingStatus> {

    static final String ENTITY = "Ranking";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public ScoringRound round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RankingStatus status = RankingStatus.DRAFT;

    /** Drawn once (SecureRandom) when first computed; every recompute draws lots from it again. */
    @Column(name = "lot_seed", nullable = false)
    public long lotSeed;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @OneToMany(mappedBy = "ranking", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RankingRow> rows = new ArrayList<>();

    @OneToMany(mappedBy = "ranking", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<RankingTieVote> votes = new ArrayList<>();

    @Version
    public long version;

    public boolean needsVote() {
        return rows.stream().anyMatch(r -> r.needsVote);
    }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().put("round", round.id).put("status", status)
                .put("computedAt", computedAt == null ? null : computedAt.toString())
                .put("rows", rows.stream().map(r -> r.position + ". " + r.unit.id + " " + r.total.toPlainString()
                        + (r.decidedBy == null ? "" : " (" + r.decidedBy + ")") + (r.needsVote ? " needsVote" : ""))
                        .collect(Collectors.joining("; ")))
                .put("votes", votes.stream().map(v -> v.unit.id + "=" + v.votes).collect(Collectors.joining(", ")));
    }

    @Override
    public RankingStatus status() {
        return status;
    }

    @Override
    public void assignStatus(RankingStatus status) {
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
