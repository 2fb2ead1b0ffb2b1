package vn.thidua.common.lineage;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A name an organisation carried from {@link #validFrom} until its next name (or its end). */
@MappedSuperclass
public abstract class DatedName {

    @Column(nullable = false)
    public String name;

    /** The diacritic-free lowercase form searched ("so xay dung" finds "Sở Xây dựng"). */
    @Column(name = "name_search", nullable = false)
    public String nameSearch;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
}
