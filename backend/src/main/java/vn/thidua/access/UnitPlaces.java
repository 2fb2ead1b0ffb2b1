package vn.thidua.access;

import java.time.LocalDate;
import java.util.List;

/** Where a unit lives, as the access rules need it; implemented by the unit feature (no cycle back). */
public interface UnitPlaces {

    /** Units carrying this code; codes are unique per province, so there may be more than one. */
    List<UnitPlace> unitsOfCode(String code);

    record UnitPlace(Long unitId, Long provinceId, LocalDate activeFrom, LocalDate activeTo) {

        public boolean isActiveOn(LocalDate date) {
            return !date.isBefore(activeFrom) && (activeTo == null || !date.isAfter(activeTo));
        }
    }
}
