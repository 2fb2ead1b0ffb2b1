package vn.thidua.membership;

import java.time.LocalDate;
import java.util.List;

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
        @Schema(required = true, examples = "0") long version,
        @Schema(examples = "\"kT3bq0Yl4m2XcA9Qd1sWzE\"", description = """
                ETag của thành viên này (như khi đọc riêng), để sửa hoặc xóa ngay từ danh sách với If-Match. \
                The membership's ETag, as its single read answers: send it as If-Match to change or delete it \
                from a list.""") String etag) {

    /** The representation whose hash is the ETag: without the etag field itself. */
    public static MembershipData of(Membership m) {
        return new MembershipData(m.id, m.term.id, UnitRef.of(m.unit, m.joinedOn), m.role, m.joinedOn, m.leftOn,
                m.leftReason, m.version, null);
    }

    /** As {@link #of(Membership)}, from the list's scalars and the unit's dated names. */
    static MembershipData of(MembershipRow row, List<UnitRef.Name> unitNames) {
        return new MembershipData(row.id(), row.termId(), UnitRef.of(row.unitId(), row.unitCode(), unitNames, row.joinedOn()),
                row.role(), row.joinedOn(), row.leftOn(), row.leftReason(), row.version(), null);
    }

    public MembershipData withEtag(String value) {
        return new MembershipData(id, termId, unit, role, joinedOn, leftOn, leftReason, version, value);
    }
}
