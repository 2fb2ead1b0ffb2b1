package vn.thidua.campaign;

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
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.common.state.Stateful;
import vn.thidua.term.Term;

/** A campaign (phong trào thi đua) of a term (the bloc's) or of a province (the Board's). */
@Entity
@Table(name = "campaign")
public class Campaign extends Timestamped implements Stateful<CampaignStatus> {

    static final String ENTITY = "Campaign";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The bloc's year, or null for a province's campaign. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "term_id")
    public Term term;

    @Column(name = "province_id", nullable = false)
    public Long provinceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignKind kind;

    @Column(nullable = false)
    public String title;

    public String theme;

    public String targets;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "registration_deadline")
    public LocalDate registrationDeadline;

    /** The launch document (văn bản phát động); its date is the launch date. */
    @Embedded
    public DecisionRef launchDecision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responds_to_id")
    public Campaign respondsTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "launched_on")
    public LocalDate launchedOn;

    @Version
    public long version;

    public boolean ofTerm() {
        return term != null;
    }

    public Snapshot snapshot() {
        return Snapshot.of().put("term", term == null ? null : term.id).put("province", provinceId).put("kind", kind)
                .put("title", title).put("theme", theme).put("targets", targets).put("startsOn", startsOn)
                .put("endsOn", endsOn).put("registrationDeadline", registrationDeadline)
                .put("launchDecision", launchDecision).put("respondsTo", respondsTo == null ? null : respondsTo.id)
                .put("status", status).put("launchedOn", launchedOn);
    }

    @Override
    public CampaignStatus status() {
        return status;
    }

    @Override
    public void assignStatus(CampaignStatus status) {
        if (status == CampaignStatus.LAUNCHED) {
            // the launch date is the launch document's, not the day it was entered
            launchedOn = launchDecision.date;
        }
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
        return provinceId;
    }
}
