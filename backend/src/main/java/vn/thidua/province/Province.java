package vn.thidua.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

import vn.thidua.common.persistence.Timestamped;

/**
 * A province or centrally governed city (tỉnh, thành phố): national reference data, written only by
 * Flyway migrations. {@link #name} is its newest name; {@link #names} keeps every name it carried.
 */
@Entity
@Immutable
@Table(name = "province")
public class Province extends Timestamped {

    @Id
    public Long id;

    /** The administrative-division code, e.g. "06" Bắc Kạn. */
    @Column(nullable = false, length = 2)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProvinceLevel level;

    @Column(name = "active_from", nullable = false)
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;

    @OneToMany(mappedBy = "province")
    @OrderBy("validFrom")
    public List<ProvinceName> names = new ArrayList<>();

    @Version
    public long version;

    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(activeFrom) && (activeTo == null || !date.isAfter(activeTo));
    }

    List<ProvinceName> sortedNames() {
        return names.stream().sorted(Comparator.comparing((ProvinceName n) -> n.validFrom)).toList();
    }
}
