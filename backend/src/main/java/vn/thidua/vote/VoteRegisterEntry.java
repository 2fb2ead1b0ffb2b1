package vn.thidua.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The register (who voted): one row per member unit per round, with the person who cast it and the
 * delegate they acted as (and, for a substitute, whom that delegate replaced). A random id, no time and nothing of the ballot (ADR 0017).
 */
@Entity
@Table(name = "vote_register")
public class VoteRegisterEntry {

    /** Random (SecureRandom), never sequential. */
    @Id
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "cast_by", nullable = false)
    public String castBy;

    @Column(name = "cast_by_name", nullable = false)
    public String castByName;

    @Column(name = "delegate_name")
    public String delegateName;

    @Column(name = "delegate_title")
    public String delegateTitle;

    /** When the delegate was a substitute: the absent registered delegate they acted for. */
    @Column(name = "substitute_for")
    public String substituteFor;
}
