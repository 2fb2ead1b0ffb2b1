package vn.thidua.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.thidua.common.lineage.DatedName;
import vn.thidua.common.text.SearchText;

/** A name a unit carried from {@link #validFrom} until the next name (or forever). */
@Entity
@Table(name = "unit_name")
public class UnitName extends DatedName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(name = "short_name")
    public String shortName;

    void rename(String name, String shortName) {
        this.name = name;
        this.shortName = shortName;
        this.nameSearch = SearchText.index(name, shortName);
    }
}
