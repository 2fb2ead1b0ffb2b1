package vn.thidua.unit;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.thidua.common.lineage.SuccessionKind;

/**
 * One predecessor of a live succession and what the succession did to it. Its unique keys make a
 * duplicate impossible under concurrent writers (the same kind on the same date once per unit; a unit
 * ends once); a withdrawal removes the row and restores {@link #previousActiveTo}.
 */
@Entity
@Table(name = "unit_succession_link")
public class UnitSuccessionLink {

    static final String ONCE = "uk_unit_succession_once";
    static final String ENDS_ONCE = "uk_unit_succession_ends_once";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "succession_id", nullable = false)
    public Long successionId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SuccessionKind kind;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    /** Whether the unit ends the day before {@link #effectiveDate} by this succession. */
    @Column(nullable = false)
    public boolean ends;

    /** The unit's end before the succession ended it (null: open-ended). */
    @Column(name = "previous_active_to")
    public LocalDate previousActiveTo;
}
