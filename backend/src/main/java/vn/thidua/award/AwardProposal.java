package vn.thidua.award;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.audit.Snapshot;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.common.state.Stateful;
import vn.thidua.term.Term;

/** A term's award proposal dossier (hồ sơ đề nghị khen thưởng): the proposed units, every step, the decision. */
@Entity
@Table(name = "award_proposal")
public class AwardProposal extends Timestamped implements Stateful<AwardProposalStatus> {

    static final String ENTITY = "AwardProposal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    public Term term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardProposalStatus status = AwardProposalStatus.DRAFT;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The chairman's decision (Quyết định số … ngày …), once DECIDED. */
    @Embedded
    public DecisionRef decision;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<AwardProposalItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<AwardProposalStep> steps = new ArrayList<>();

    @Version
    public long version;

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().put("term", term.id).put("status", status).put("decision", decision)
                .put("items", items.stream().map(AwardProposalItem::summary).collect(Collectors.joining("; ")));
    }

    @Override
    public AwardProposalStatus status() {
        return status;
    }

    @Override
    public void assignStatus(AwardProposalStatus status) {
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
