package vn.thidua.award;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.decision.DecisionRefData;
import vn.thidua.unit.UnitRef;

@Schema(name = "Restriction", description = "Kỷ luật, điều tra, thanh tra, khiếu nại của một đơn vị (chỉ Ban TĐKT, Bộ và chính đơn vị xem được) "
        + "/ a restriction on a unit (the Board, the Ministry and the unit itself read it)")
public record RestrictionData(
        @Schema(required = true, examples = "3") Long id,
        @Schema(required = true) UnitRef unit,
        @Schema(required = true, examples = "06") String provinceCode,
        @Schema(required = true) RestrictionKind kind,
        @Schema(required = true, examples = "thanh tra, kiểm tra") String kindLabel,
        @Schema(required = true) DecisionRefData decision,
        @Schema(required = true, examples = "2024-03-01") LocalDate fromDate,
        LocalDate toDate,
        String resolution,
        String note,
        @Schema(required = true, description = "Đang có hiệu lực hôm nay / active today") boolean activeToday,
        @Schema(required = true, examples = "0") long version,
        @Schema(examples = "[\"UPDATE\", \"DELETE\"]", description = "UPDATE, DELETE") List<String> permissions) {

    /** Without the caller's permissions: what the ETag is computed from. */
    RestrictionData shared() {
        return new RestrictionData(id, unit, provinceCode, kind, kindLabel, decision, fromDate, toDate, resolution, note, activeToday,
                version, null);
    }
}
