package vn.thidua.vote;

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

/**
 * A vote of a term held at one of its conferences: what it decides, how members vote, the seats, the
 * candidates and its rounds. Its status is the current round's.
 */
@Entity
@Table(name = "vote")
public class Vote extends Timestamped implements Stateful<VoteStatus> {

    public static final String ENTITY = "Vote";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    public Term term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    public Conference conference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VoteKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "leadership_seats")
    public LeadershipSeats leadershipSeats;

    @Enumerated(EnumType.STRING)
    @Column
    public AwardKind award;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VoteMethod method;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VoteStatus status = VoteStatus.DRAFT;

    @Column(name = "current_round", nullable = false)
    public int currentRound = 1;

    @Column(name = "teller1_username")
    public String teller1Username;

    @Column(name = "teller1_name")
    public String teller1Name;

    @Column(name = "teller2_username")
    public String teller2Username;

    @Column(name = "teller2_name")
    public String teller2Name;

    @Column(name = "void_reason")
    public String voidReason;

    @OneToMany(mappedBy = "vote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<VoteCandidate> candidates = new ArrayList<>();

    @Version
    public long version;

    public VoteSubject subject() {
        return new VoteSubject(id, term.id, kind, leadershipSeats, award);
    }

    /** The teller slot (1 or 2) of {@code username}, 0 when not a teller. */
    public int tellerSlot(String username) {
        if (username == null) {
            return 0;
        }
        return username.equals(teller1Username) ? 1 : username.equals(teller2Username) ? 2 : 0;
    }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().put("term", term.id).put("conference", conference.id).put("kind", kind)
                .put("leadershipSeats", leadershipSeats).put("award", award).put("method", method)
                .put("title", title).put("seats", seats).put("status", status).put("round", currentRound)
                .put("tellers", teller1Username == null ? null : teller1Username + ", " + teller2Username)
                .put("candidates", candidates.stream().map(c -> String.valueOf(c.unit.id)).collect(Collectors.joining(", ")))
                .put("voidReason", voidReason);
    }

    @Override
    public VoteStatus status() {
        return status;
    }

    @Override
    public void assignStatus(VoteStatus status) {
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
