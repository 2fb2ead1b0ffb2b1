package vn.thidua.award;

import java.math.BigDecimal;

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

import vn.thidua.audit.Audited;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.unit.Unit;
import vn.thidua.vote.AwardKind;

/** One unit proposed for one award, its place in the published ranking, the vote that chose it and the Board's appraisal. */
@Entity
@Table(name = "award_proposal_item")
public class AwardProposalItem extends Timestamped implements Audited {

    static final String ENTITY = "AwardProposalItem";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    public AwardProposal proposal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardKind award;

    /** The certified award vote that chose the unit; null when the leader added it by hand. */
    @Column(name = "vote_id")
    public Long voteId;

    @Column(name = "rank_position")
    public Integer rankPosition;

    @Column(name = "rank_of")
    public Integer rankOf;

    @Column(name = "rank_total")
    public BigDecimal rankTotal;

    @Enumerated(EnumType.STRING)
    public AwardOutcome outcome;

    @Column(name = "outcome_reason")
    public String outcomeReason;

    /** The award the Board proposes after appraisal (the flag's downgrade: CERTIFICATE). */
    @Enumerated(EnumType.STRING)
    @Column(name = "decided_award")
    public AwardKind decidedAward;

    /** The award it earns once decided: none when rejected. */
    public AwardKind finalAward() {
        return outcome == null || outcome == AwardOutcome.REJECTED ? null : decidedAward;
    }

    String summary() {
        return unit.id + " " + award + (voteId == null ? "" : " vote " + voteId) + (outcome == null ? "" : " → " + outcome
                + (decidedAward == null ? "" : " " + decidedAward));
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
        return proposal.auditProvinceId();
    }
}
