package vn.thidua.province;

import java.time.LocalDate;

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

/** A name (and level) a province carried from {@link #validFrom} until the next one. */
@Entity
@Immutable
@Table(name = "province_name")
public class ProvinceName {

    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    public Province province;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProvinceLevel level;

    @Column(name = "name_search", nullable = false)
    public String nameSearch;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
}
