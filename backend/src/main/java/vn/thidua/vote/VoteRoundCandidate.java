package vn.thidua.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.thidua.unit.Unit;

/** A candidate of one round and, once tallied, its votes and the seat it won (1 = first elected). */
@Entity
@Table(name = "vote_round_candidate")
public class VoteRoundCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public VoteRound round;

    @Column(nullable = false)
    public int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    public Integer votes;

    @Column(name = "elected_rank")
    public Integer electedRank;

    @Column(name = "by_lot", nullable = false)
    public boolean byLot;
}
