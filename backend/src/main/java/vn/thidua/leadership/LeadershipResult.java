package vn.thidua.leadership;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;

import vn.thidua.audit.Snapshot;
import vn.thidua.bloc.Bloc;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.common.state.Stateful;
import vn.thidua.conference.Conference;
import vn.thidua.term.LeaderSelection;
import vn.thidua.term.Term;
import vn.thidua.unit.Unit;

/**
 * Who leads a bloc the year after {@link #outgoingTerm} and how that was decided: the certified election
 * (its vote ids), the rotation order, or the province's designation (its decision). The same record for
 * the three ways; confirmation by the Board makes them next year's LEADER and DEPUTY, the handover at the
 * outgoing year-end conference closes it.
 */
@Entity
@Table(name = "leadership_result")
public class LeadershipResult extends Timestamped implements Stateful<LeadershipStatus> {

    static final String ENTITY = "LeadershipResult";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outgoing_term_id")
    public Term outgoingTerm;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bloc_id")
    public Bloc bloc;

    @Column(name = "next_year", nullable = false)
    public int nextYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LeaderSelection method;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_unit_id")
    public Unit leader;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_unit_id")
    public Unit deputy;

    @Column(name = "leader_vote_id")
    public Long leaderVoteId;

    @Column(name = "deputy_vote_id")
    public Long deputyVoteId;

    /** The province's decision naming them (DESIGNATION only). */
    @Embedded
    public DecisionRef decision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LeadershipStatus status = LeadershipStatus.PROPOSED;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "next_term_id")
    public Term nextTerm;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handover_conference_id")
    public Conference handoverConference;

    @Column(name = "handed_over_on")
    public LocalDate handedOverOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handed_by_unit_id")
    public Unit handedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handed_to_unit_id")
    public Unit handedTo;

    @Version
    public long version;

    public LocalDate nextYearFirstDay() {
        return LocalDate.of(nextYear, 1, 1);
    }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().put("outgoingTerm", outgoingTerm.id).put("nextYear", nextYear).put("method", method)
                .put("leader", leader == null ? null : leader.id).put("deputy", deputy == null ? null : deputy.id)
                .put("leaderVote", leaderVoteId).put("deputyVote", deputyVoteId).put("decision", decision)
                .put("status", status).put("withdrawnReason", withdrawnReason)
                .put("nextTerm", nextTerm == null ? null : nextTerm.id)
                .put("handoverConference", handoverConference == null ? null : handoverConference.id)
                .put("handedOverOn", handedOverOn).put("handedBy", handedBy == null ? null : handedBy.id)
                .put("handedTo", handedTo == null ? null : handedTo.id);
    }

    @Override
    public LeadershipStatus status() {
        return status;
    }

    @Override
    public void assignStatus(LeadershipStatus status) {
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
        return bloc.auditProvinceId();
    }
}
