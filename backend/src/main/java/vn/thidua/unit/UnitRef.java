package vn.thidua.unit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.lineage.LineageEntity;

/** A unit as referenced from elsewhere, named as it was on the date that matters there. */
@Schema(name = "UnitRef", description = "Đơn vị (tên tại thời điểm liên quan) / a unit, named as it was then")
public record UnitRef(
        @Schema(required = true, examples = "12") Long id,
        @Schema(required = true, examples = "BKN.SXD") String code,
        @Schema(required = true, examples = "Sở Xây dựng") String name,
        @Schema(examples = "SXD") String shortName) {

    public static UnitRef of(Unit unit, LocalDate asOf) {
        UnitName name = asOf == null ? unit.latestName() : unit.nameOn(asOf);
        return new UnitRef(unit.id, unit.code, name.name, name.shortName);
    }

    /** As {@link #of(Unit, LocalDate)}, from a query's scalars: the unit's id, code and dated names, in any order. */
    public static UnitRef of(Long id, String code, List<Name> names, LocalDate asOf) {
        List<Name> oldestFirst = names.stream().sorted(Comparator.comparing(Name::validFrom)).toList();
        Name name = asOf == null ? oldestFirst.get(oldestFirst.size() - 1) : LineageEntity.inForceOn(oldestFirst, Name::validFrom, asOf);
        return new UnitRef(id, code, name.name(), name.shortName());
    }

    /** One of a unit's dated names, as a query selects it. */
    public record Name(String name, String shortName, LocalDate validFrom) {
    }
}
