package vn.thidua.access;

import java.time.LocalDate;
import java.util.Optional;

/** Where a unit lives, as the access rules need it; implemented by the unit feature (no cycle back). */
public interface UnitPlaces {

    /** The unit with this code in this province (codes are unique per province only). */
    Optional<UnitPlace> unitOf(Long provinceId, String code);

    record UnitPlace(Long unitId, Long provinceId, LocalDate activeFrom, LocalDate activeTo) {

        public boolean isActiveOn(LocalDate date) {
            return !date.isBefore(activeFrom) && (activeTo == null || !date.isAfter(activeTo));
        }
    }
}
