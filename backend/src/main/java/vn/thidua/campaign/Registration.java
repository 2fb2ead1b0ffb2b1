package vn.thidua.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.audit.Snapshot;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.common.state.Stateful;
import vn.thidua.unit.Unit;

/** A member unit's registration (đăng ký thi đua) for a bloc's campaign, with its own targets. */
@Entity
@Table(name = "registration")
public class Registration extends Timestamped implements Stateful<RegistrationStatus> {

    static final String ENTITY = "Registration";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(nullable = false)
    public String targets;

    @ElementCollection
    @CollectionTable(name = "registration_target", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderColumn(name = "position")
    public List<NumericTarget> numericTargets = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status = RegistrationStatus.DRAFT;

    /** The civil date of the (latest) submission. */
    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    /** Submitted after the campaign's registration deadline (fixed at submission; never refused). */
    @Column(nullable = false)
    public boolean late;

    @Column(name = "return_reason")
    public String returnReason;

    @Version
    public long version;

    public Snapshot snapshot() {
        return Snapshot.of().put("campaign", campaign.id).put("unit", unit.id).put("targets", targets)
                .put("numericTargets", numericTargets.stream()
                        .map(t -> t.name + " " + t.value.stripTrailingZeros().toPlainString() + " " + t.unitOfMeasure)
                        .collect(Collectors.joining("; ")))
                .put("status", status).put("submittedOn", submittedOn).put("late", late).put("returnReason", returnReason);
    }

    @Override
    public RegistrationStatus status() {
        return status;
    }

    @Override
    public void assignStatus(RegistrationStatus status) {
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
        return campaign.provinceId;
    }
}
