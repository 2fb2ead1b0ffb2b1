package vn.thidua.me;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.bloc.BlocKind;
import vn.thidua.membership.MembershipRole;
import vn.thidua.term.TermStatus;
import vn.thidua.unit.UnitRef;

@Schema(name = "Me", description = "Người dùng hiện tại, tỉnh, đơn vị và các khối của đơn vị / the caller, their province, unit and its blocs")
public record MeData(
        @Schema(required = true, examples = "bk.sct") String username,
        @Schema(required = true, examples = "Cán bộ Sở Công Thương") String displayName,
        @Schema(required = true, examples = "[\"officer\"]") List<String> roles,
        @Schema(required = true, description = "Phạm vi toàn quốc (vai trò national): xem mọi tỉnh, không sửa / national scope: reads every province, writes nothing") boolean national,
        @Schema(description = "Tỉnh của người dùng (không có khi phạm vi toàn quốc) / the caller's province (none when national)") MyProvince province,
        @Schema(description = "Đơn vị của cán bộ / the officer's unit") UnitRef unit,
        @Schema(required = true, description = "Mới nhất trước / newest first") List<MyMembership> memberships) {

    @Schema(name = "MyProvince", description = "Tỉnh, thành phố của người dùng / the caller's province")
    public record MyProvince(
            @Schema(required = true, examples = "12") Long id,
            @Schema(required = true, examples = "19") String code,
            @Schema(required = true, examples = "Thái Nguyên") String name,
            @Schema(required = true, examples = "tỉnh Thái Nguyên") String displayName) {
    }

    @Schema(name = "MyMembership")
    public record MyMembership(
            @Schema(required = true) Long membershipId,
            @Schema(required = true) Long termId,
            @Schema(required = true, examples = "2023") int year,
            @Schema(required = true) Long blocId,
            @Schema(required = true, examples = "Khối thi đua Kinh tế – Kỹ thuật") String blocName,
            @Schema(required = true) BlocKind blocKind,
            @Schema(required = true) MembershipRole role,
            @Schema(required = true) TermStatus termStatus,
            UnitRef leader,
            UnitRef deputy,
            @Schema(required = true, description = "Được quản lý năm thi đua này / may manage this term") boolean canManage) {
    }
}
