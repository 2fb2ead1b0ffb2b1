package vn.thidua.province;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import vn.thidua.common.lineage.DatedName;

/** A name and level (tỉnh / thành phố) a province carried from {@link #validFrom} until the next one. */
@Entity
@Immutable
@Table(name = "province_name")
public class ProvinceName extends DatedName {

    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    public Province province;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProvinceLevel level;

    /** "tỉnh Hà Nam". */
    public String displayName() {
        return level.display(name);
    }
}
