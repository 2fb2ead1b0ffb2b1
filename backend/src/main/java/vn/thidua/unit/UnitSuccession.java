package vn.thidua.unit;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.persistence.Timestamped;

/** A rename, merger, split or dissolution, effective on a date, by a decision. */
@Entity
@Table(name = "unit_succession")
public class UnitSuccession extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SuccessionKind kind;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Embedded
    public DecisionRef decision;

    @Column(name = "new_name")
    public String newName;

    @Column(name = "new_short_name")
    public String newShortName;

    @ManyToMany
    @JoinTable(name = "unit_succession_predecessor", joinColumns = @JoinColumn(name = "succession_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    public Set<Unit> predecessors = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "unit_succession_successor", joinColumns = @JoinColumn(name = "succession_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    public Set<Unit> successors = new LinkedHashSet<>();

}
