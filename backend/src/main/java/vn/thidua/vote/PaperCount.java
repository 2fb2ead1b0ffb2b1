package vn.thidua.vote;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One teller's hand count of a PAPER round (slot 1 or 2); both must agree before the tally. */
@Entity
@Table(name = "vote_paper_count")
public class PaperCount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "teller_slot", nullable = false)
    public int tellerSlot;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "ballots_issued", nullable = false)
    public int ballotsIssued;

    @Column(name = "ballots_received", nullable = false)
    public int ballotsReceived;

    @Column(name = "ballots_invalid", nullable = false)
    public int ballotsInvalid;

    /** "unitId:votes" per candidate, comma-separated, in ascending unit id order. */
    @Column(name = "candidate_votes", nullable = false)
    public String candidateVotes;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;
}
