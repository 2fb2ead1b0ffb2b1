package vn.thidua.award;

import java.time.Instant;

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
import jakarta.persistence.Table;

/** One step of a dossier, kept in order: who moved it from where to where, when, and why. */
@Entity
@Table(name = "award_proposal_step")
public class AwardProposalStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    public AwardProposal proposal;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public AwardProposalStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public AwardProposalStatus toStatus;

    public String reason;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
