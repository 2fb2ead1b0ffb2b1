package vn.thidua.unit;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
}
