package vn.thidua.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A ballot in the box (what was voted) under its random receipt. Nothing links it to the register:
 * a random id, no time, the choices in ascending id order; {@link #voterUnitId} only for OPEN votes.
 */
@Entity
@Table(name = "vote_ballot")
public class Ballot {

    /** Random (SecureRandom), never sequential. */
    @Id
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(nullable = false)
    public String receipt;

    /** The marked candidates' unit ids, ascending, comma-separated ("" when none is marked). */
    @Column(nullable = false)
    public String choices;

    /** The voting unit, for OPEN votes only (names recorded by design); null for SECRET ones. */
    @Column(name = "voter_unit_id")
    public Long voterUnitId;
}
