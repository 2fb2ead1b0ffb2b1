package vn.thidua.covenant;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.audit.Audited;
import vn.thidua.audit.Snapshot;
import vn.thidua.common.persistence.Timestamped;
import vn.thidua.unit.Unit;

/** A member unit's signature of the covenant: who signed for it, with which title, on the date on the paper. */
@Entity
@Table(name = "covenant_signature")
public class CovenantSignature extends Timestamped implements Audited {

    static final String ENTITY = "CovenantSignature";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "covenant_id")
    public Covenant covenant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(name = "signer_title", nullable = false)
    public String signerTitle;

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Version
    public long version;

    public Snapshot snapshot() {
        return Snapshot.of().put("covenant", covenant.id).put("unit", unit.id).put("signerName", signerName)
                .put("signerTitle", signerTitle).put("signedOn", signedOn).put("recordedBy", recordedBy);
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
        return covenant.auditProvinceId();
    }
}
