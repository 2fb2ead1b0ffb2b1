package vn.thidua.common.lineage;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import vn.thidua.common.decision.DecisionRef;
import vn.thidua.common.persistence.Timestamped;

/**
 * A rename, merger, split or dissolution of organisations of type {@code E}, effective on a date, by a
 * decision whose reference (issuer included) is kept as recorded.
 */
@MappedSuperclass
public abstract class SuccessionRecord<E extends LineageEntity<?>> extends Timestamped {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SuccessionKind kind;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Embedded
    public DecisionRef decision;

    @Column(name = "new_name")
    public String newName;

    /** Those that existed before; the ones that are not also successors end the day before {@link #effectiveDate}. */
    public abstract Set<E> predecessorSet();

    /** Those that exist from {@link #effectiveDate} on. */
    public abstract Set<E> successorSet();

    /** The last day of the predecessors that do not continue. */
    public LocalDate lastDayBefore() {
        return effectiveDate.minusDays(1);
    }
}
