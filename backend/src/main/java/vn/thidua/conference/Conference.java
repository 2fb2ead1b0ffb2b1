package vn.thidua.conference;

import java.time.LocalDate;

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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import vn.thidua.audit.Snapshot;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.common.state.Stateful;
import vn.thidua.term.Term;
import vn.thidua.unit.Unit;

/** A conference (hội nghị) of a term; its attendees and agenda items are rows of their own. */
@Entity
@Table(name = "conference")
public class Conference extends Timestamped implements Stateful<ConferenceStatus> {

    static final String ENTITY = "Conference";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    public Term term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConferenceKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    /** "08:00", or null when the sources do not say. */
    @Column(name = "start_time")
    public String startTime;

    @Column(nullable = false)
    public String venue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_unit_id")
    public Unit hostUnit;

    @Column(name = "chair_name")
    public String chairName;

    @Column(name = "chair_title")
    public String chairTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chair_unit_id")
    public Unit chairUnit;

    @Column(name = "secretary_name")
    public String secretaryName;

    @Column(name = "secretary_title")
    public String secretaryTitle;

    /** Who else attended (khách mời: the Board's representatives …), as free text. */
    public String guests;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConferenceStatus status = ConferenceStatus.SCHEDULED;

    /** Why it was cancelled. */
    @Column(name = "status_reason")
    public String statusReason;

    @Version
    public long version;

    /** Filled by the service before a step's guards run (the guards read no database); not persisted. */
    @Transient
    private int attendeeCount;

    @Transient
    private boolean minutesScanAttached;

    void facts(int attendees, boolean scanAttached) {
        this.attendeeCount = attendees;
        this.minutesScanAttached = scanAttached;
    }

    int attendeeCount() {
        return attendeeCount;
    }

    boolean minutesScanAttached() {
        return minutesScanAttached;
    }

    /** Sets what the conference is (its own method: writes inside the entity are dirty-tracked). */
    void describe(ConferenceKind kind, String title, LocalDate heldOn, String startTime, String venue, Unit hostUnit,
            String chairName, String chairTitle, Unit chairUnit, String secretaryName, String secretaryTitle, String guests) {
        this.kind = kind;
        this.title = title;
        this.heldOn = heldOn;
        this.startTime = startTime;
        this.venue = venue;
        this.hostUnit = hostUnit;
        this.chairName = chairName;
        this.chairTitle = chairTitle;
        this.chairUnit = chairUnit;
        this.secretaryName = secretaryName;
        this.secretaryTitle = secretaryTitle;
        this.guests = guests;
    }

    void cancelledBecause(String reason) {
        this.statusReason = reason;
    }

    public boolean editable() {
        return status == ConferenceStatus.SCHEDULED || status == ConferenceStatus.HELD;
    }

    public Snapshot snapshot() {
        return Snapshot.of().put("term", term.id).put("kind", kind).put("title", title).put("heldOn", heldOn)
                .put("startTime", startTime).put("venue", venue).put("hostUnit", hostUnit == null ? null : hostUnit.id)
                .put("chairName", chairName).put("chairTitle", chairTitle)
                .put("chairUnit", chairUnit == null ? null : chairUnit.id).put("secretaryName", secretaryName)
                .put("secretaryTitle", secretaryTitle).put("guests", guests).put("status", status)
                .put("statusReason", statusReason);
    }

    @Override
    public ConferenceStatus status() {
        return status;
    }

    @Override
    public void assignStatus(ConferenceStatus status) {
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
