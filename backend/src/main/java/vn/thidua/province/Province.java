package vn.thidua.province;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Immutable;

import vn.thidua.common.lineage.LineageEntity;

/**
 * A province or centrally governed city (tỉnh, thành phố): national reference data, written only by
 * Flyway migrations. {@link #name} and {@link #level} are its newest; {@link #names} keeps every name it carried.
 */
@Entity
@Immutable
@Table(name = "province")
public class Province extends LineageEntity<ProvinceName> {

    @Id
    public Long id;

    /** The administrative-division code, e.g. "06" Bắc Kạn. */
    @Column(nullable = false, length = 2)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProvinceLevel level;

    @OneToMany(mappedBy = "province")
    @OrderBy("validFrom")
    public List<ProvinceName> names = new ArrayList<>();

    @Version
    public long version;

    @Override
    protected List<ProvinceName> nameHistory() {
        return names;
    }
}
