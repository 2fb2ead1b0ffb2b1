package vn.thidua.vote;

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

/** One round of a vote: its candidates and seats, its times (the finest time anything of a ballot has) and, once tallied, its counts. */
@Entity
@Table(name = "vote_round")
public class VoteRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vote_id")
    public Vote vote;

    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundKind kind;

    @Column(nullable = false)
    public int seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VoteStatus status = VoteStatus.DRAFT;

    public Integer members;

    public Integer present;

    @Column(name = "ballots_issued")
    public Integer ballotsIssued;

    @Column(name = "ballots_received")
    public Integer ballotsReceived;

    @Column(name = "ballots_valid")
    public Integer ballotsValid;

    @Column(name = "ballots_invalid")
    public Integer ballotsInvalid;

    /** Comma-separated {@link DisclosureWarning} codes found at the tally ('' or null: none). */
    @Column(name = "disclosure_warnings")
    public String disclosureWarnings;

    /** Drawn once (SecureRandom) when the lot is recorded; the draw is reproducible from it. */
    @Column(name = "lot_seed")
    public Long lotSeed;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "tallied_at")
    public Instant talliedAt;

    @Column(name = "certified_at")
    public Instant certifiedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "result_sha256")
    public String resultSha256;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<VoteRoundCandidate> candidates = new ArrayList<>();
}
