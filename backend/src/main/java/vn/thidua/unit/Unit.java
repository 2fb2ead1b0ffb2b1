package vn.thidua.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.audit.Audited;
import vn.thidua.audit.Snapshot;
import vn.thidua.common.error.Labelled;
import vn.thidua.common.error.Text;
import vn.thidua.common.lineage.LineageEntity;

/** A member body (đơn vị). {@link #name} is its newest name; {@link #names} keeps every name it carried. */
@Entity
@EntityListeners(UnitPlaceCache.Listener.class)
@Table(name = "unit")
public class Unit extends LineageEntity<UnitName> implements Labelled, Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The province the unit belongs to; provinces are reference data, looked up through {@code Provinces}. */
    @Column(name = "province_id", nullable = false)
    public Long provinceId;

    @Column(nullable = false, length = 35)
    public String code;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    public List<UnitName> names = new ArrayList<>();

    @Version
    public long version;

    /** How messages name the unit: its newest name and code, "Sở Xây dựng (BKN.SXD)". */
    @Override
    public Text label() {
        return Text.same(name + " (" + code + ")");
    }

    @Override
    protected List<UnitName> nameHistory() {
        return names;
    }

    void addName(String name, String shortName, LocalDate validFrom) {
        UnitName entry = new UnitName();
        entry.unit = this;
        entry.rename(name, shortName);
        entry.validFrom = validFrom;
        names.add(entry);
        syncName();
    }

    /** The row's name and short name follow the newest dated name (after a name was added, moved or removed). */
    void syncName() {
        UnitName latest = latestName();
        this.name = latest.name;
        this.shortName = latest.shortName;
    }

    public Snapshot snapshot() {
        return Snapshot.of().put("provinceId", provinceId).put("code", code).put("name", name).put("shortName", shortName).put("kind", kind)
                .put("activeFrom", activeFrom).put("activeTo", activeTo);
    }

    @Override
    public String auditType() {
        return UnitService.ENTITY;
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
