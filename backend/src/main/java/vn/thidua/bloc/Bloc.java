package vn.thidua.bloc;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.audit.Audited;
import vn.thidua.audit.Snapshot;
import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.common.text.SearchText;

/** A standing emulation bloc (khối / cụm thi đua). */
@Entity
@Table(name = "bloc")
public class Bloc extends Timestamped implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The province the bloc belongs to; bloc names are unique per province. */
    @Column(name = "province_id", nullable = false)
    public Long provinceId;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_search", nullable = false)
    public String nameSearch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BlocKind kind;

    public String description;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "number", column = @Column(name = "founding_decision_number")),
            @AttributeOverride(name = "date", column = @Column(name = "founding_decision_date")),
            @AttributeOverride(name = "issuer", column = @Column(name = "founding_decision_issuer")),
            @AttributeOverride(name = "title", column = @Column(name = "founding_decision_title")) })
    public DecisionRef foundingDecision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BlocStatus status;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    @Version
    public long version;

    public void rename(String newName) {
        name = newName;
        nameSearch = SearchText.index(newName, null);
    }

    public Snapshot snapshot() {
        return Snapshot.of().put("provinceId", provinceId).put("name", name).put("kind", kind)
                .put("description", description).put("foundingDecision", foundingDecision)
                .put("status", status).put("dissolvedOn", dissolvedOn);
    }

    @Override
    public String auditType() {
        return BlocService.ENTITY;
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
