package vn.thidua.membership;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.unit.UnitRef;

@Schema(name = "Membership", description = "Thành viên của năm thi đua / a unit in a term")
public record MembershipData(
        @Schema(required = true, examples = "31") Long id,
        @Schema(required = true, examples = "7") Long termId,
        @Schema(required = true, description = "Tên đơn vị khi tham gia / the unit as named when it joined") UnitRef unit,
        @Schema(required = true, examples = "LEADER") MembershipRole role,
        @Schema(required = true, examples = "2023-01-01") LocalDate joinedOn,
        LocalDate leftOn,
        String leftReason,
        @Schema(required = true, examples = "0") long version) {

    public static MembershipData of(Membership m) {
        return new MembershipData(m.id, m.term.id, UnitRef.of(m.unit, m.joinedOn), m.role, m.joinedOn, m.leftOn,
                m.leftReason, m.version);
    }
}
