package vn.thidua.unit;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class UnitSuccessionLinkRepository implements PanacheRepository<UnitSuccessionLink> {

    public List<UnitSuccessionLink> ofSuccession(Long successionId) {
        return list("successionId", successionId);
    }

    /** The live succession that ended the unit, if any. */
    public Optional<UnitSuccessionLink> endingOf(Long unitId) {
        return find("unitId = ?1 and ends = true", unitId).firstResultOptional();
    }
}
