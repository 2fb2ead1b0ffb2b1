package vn.thidua.common.lineage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import vn.thidua.common.persistence.Timestamped;

/**
 * An organisation with an active period and dated names (a unit, a province): past records show the
 * name it had then. {@link #name} is its newest name, kept on the row for sorting and search.
 */
@MappedSuperclass
public abstract class LineageEntity<N extends DatedName> extends Timestamped {

    @Column(nullable = false)
    public String name;

    @Column(name = "active_from", nullable = false)
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;

    /** Every name it carried, in any order. */
    protected abstract List<N> nameHistory();

    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(activeFrom) && (activeTo == null || !date.isAfter(activeTo));
    }

    /** The name in force on {@code date}; the first name for dates before it. */
    public N nameOn(LocalDate date) {
        return inForceOn(sortedNames(), n -> n.validFrom, date);
    }

    /** Of names sorted oldest first (entities or projected rows), the one in force on {@code date}; the first before it. */
    public static <T> T inForceOn(List<T> oldestFirst, Function<T, LocalDate> validFrom, LocalDate date) {
        T result = null;
        for (T candidate : oldestFirst) {
            if (result == null || !validFrom.apply(candidate).isAfter(date)) {
                result = candidate;
            }
        }
        return result;
    }

    public N latestName() {
        List<N> sorted = sortedNames();
        return sorted.get(sorted.size() - 1);
    }

    public N firstName() {
        return sortedNames().get(0);
    }

    public List<N> sortedNames() {
        return nameHistory().stream().sorted(Comparator.comparing((N n) -> n.validFrom)).toList();
    }

    /** Each name, oldest first, with its last day: the day before the next name, or the organisation's end. */
    public List<NamePeriod<N>> namePeriods() {
        List<N> sorted = sortedNames();
        List<NamePeriod<N>> periods = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate validTo = i + 1 < sorted.size() ? sorted.get(i + 1).validFrom.minusDays(1) : activeTo;
            periods.add(new NamePeriod<>(sorted.get(i), validTo));
        }
        return periods;
    }

    public record NamePeriod<N>(N name, LocalDate validTo) {
    }
}
