package vn.thidua.access;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Province reference data, as the access rules need it; implemented by the province feature. */
public interface ProvincePlaces {

    Optional<ProvincePlace> provinceOfCode(String code);

    /** The province and every province it succeeded (its lineage): what its Board reads and corrects. */
    Set<Long> scopeOf(Long provinceId);

    record ProvincePlace(Long provinceId, String code, LocalDate activeFrom, LocalDate activeTo) {

        public boolean isActiveOn(LocalDate date) {
            return (activeFrom == null || !date.isBefore(activeFrom)) && (activeTo == null || !date.isAfter(activeTo));
        }
    }
}
