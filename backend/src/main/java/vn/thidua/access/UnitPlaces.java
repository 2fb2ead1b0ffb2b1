package vn.thidua.access;

import java.time.LocalDate;
import java.util.Optional;

/** Where a unit lives, as the access rules need it; implemented by the unit feature (no cycle back). */
public interface UnitPlaces {

    Optional<UnitPlace> unitOfCode(String code);

    record UnitPlace(Long unitId, Long provinceId, LocalDate activeFrom, LocalDate activeTo) {

        public boolean isActiveOn(LocalDate date) {
            return !date.isBefore(activeFrom) && (activeTo == null || !date.isAfter(activeTo));
        }
    }
}
