package vn.thidua.covenant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import vn.thidua.audit.Snapshot;
import vn.thidua.campaign.Campaign;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.common.state.Stateful;
import vn.thidua.term.Term;

/** A term's covenant (giao ước thi đua): clauses, linked campaigns, adopted documents, members' signatures. */
@Entity
@Table(name = "covenant")
public class Covenant extends Timestamped implements Stateful<CovenantStatus> {

    static final String ENTITY = "Covenant";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    public Term term;

    @Column(nullable = false)
    public String title;

    @ElementCollection
    @CollectionTable(name = "covenant_clause", joinColumns = @JoinColumn(name = "covenant_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    public List<String> clauses = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "covenant_campaign", joinColumns = @JoinColumn(name = "covenant_id"),
            inverseJoinColumns = @JoinColumn(name = "campaign_id"))
    public Set<Campaign> campaigns = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "covenant_document", joinColumns = @JoinColumn(name = "covenant_id"))
    @OrderColumn(name = "position")
    public List<CovenantDocument> documents = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CovenantStatus status = CovenantStatus.DRAFT;

    /** The date it was signed: the last signature's date (the paper's), or the close date. */
    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "closed_incomplete", nullable = false)
    public boolean closedIncomplete;

    @Column(name = "closed_reason")
    public String closedReason;

    /** The members without a signature when the leader closed it, recorded then. */
    @ElementCollection
    @CollectionTable(name = "covenant_missing_unit", joinColumns = @JoinColumn(name = "covenant_id"))
    @Column(name = "unit_id", nullable = false)
    public Set<Long> missingUnitIds = new LinkedHashSet<>();

    @Version
    public long version;

    /** Set by the service before a step to SIGNED: the members still without a signature, by name. */
    @Transient
    List<String> pendingMissing = List.of();

    /** Set by the service before a step to SIGNED: the leader's reason to close without them. */
    @Transient
    String closingReason;

    public Snapshot snapshot() {
        return Snapshot.of().put("term", term.id).put("title", title).put("clauses", String.join("\n", clauses))
                .put("campaigns", (Object) campaigns.stream().map(c -> c.id).collect(Collectors.toCollection(TreeSet::new)))
                .put("documents", documents.stream().map(CovenantDocument::toString).collect(Collectors.joining("; ")))
                .put("status", status).put("signedOn", signedOn).put("closedIncomplete", closedIncomplete)
                .put("closedReason", closedReason).put("missingUnits", (Object) new TreeSet<>(missingUnitIds));
    }

    @Override
    public CovenantStatus status() {
        return status;
    }

    @Override
    public void assignStatus(CovenantStatus status) {
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
