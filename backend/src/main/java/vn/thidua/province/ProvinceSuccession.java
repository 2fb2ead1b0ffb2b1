package vn.thidua.province;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import vn.thidua.common.lineage.SuccessionRecord;

/** A province merger or rename, e.g. Hà Nam + Nam Định + Ninh Bình → Ninh Bình (NQ 202/2025/QH15). */
@Entity
@Immutable
@Table(name = "province_succession")
public class ProvinceSuccession extends SuccessionRecord<Province> {

    @Id
    public Long id;

    /** The level that comes with a rename (Thừa Thiên Huế, tỉnh → Huế, thành phố). */
    @Enumerated(EnumType.STRING)
    @Column(name = "new_level")
    public ProvinceLevel newLevel;

    @ManyToMany
    @JoinTable(name = "province_succession_predecessor", joinColumns = @JoinColumn(name = "succession_id"),
            inverseJoinColumns = @JoinColumn(name = "province_id"))
    public Set<Province> predecessors = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "province_succession_successor", joinColumns = @JoinColumn(name = "succession_id"),
            inverseJoinColumns = @JoinColumn(name = "province_id"))
    public Set<Province> successors = new LinkedHashSet<>();

    @Override
    public Set<Province> predecessorSet() {
        return predecessors;
    }

    @Override
    public Set<Province> successorSet() {
        return successors;
    }
}
