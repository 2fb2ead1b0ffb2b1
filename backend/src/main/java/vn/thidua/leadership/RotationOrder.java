package vn.thidua.leadership;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
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

import vn.thidua.audit.Audited;
import vn.thidua.audit.Snapshot;
import vn.thidua.bloc.Bloc;
import vn.thidua.common.persistence.Timestamped;

/** A bloc's rotation order (thứ tự luân phiên Trưởng khối): its units in turn, kept by the Board. */
@Entity
@Table(name = "rotation_order")
public class RotationOrder extends Timestamped implements Audited {

    static final String ENTITY = "RotationOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bloc_id")
    public Bloc bloc;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RotationOrderUnit> units = new ArrayList<>();

    @Version
    public long version;

    public List<Long> unitIds() {
        return units.stream().map(u -> u.unit.id).toList();
    }

    public Snapshot snapshot() {
        return Snapshot.of().put("bloc", bloc.id)
                .put("units", units.stream().map(u -> String.valueOf(u.unit.id)).collect(Collectors.joining(", ")));
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
