package vn.thidua.leadership;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.membership.MembershipRole;
import vn.thidua.unit.UnitRef;

@Schema(name = "LeadershipConfirmation", description = "Kết quả đã xác nhận và năm thi đua năm sau: thành viên chuyển tiếp, đơn vị thay bằng đơn vị kế thừa, đơn vị không còn "
        + "/ the confirmed result and next year's term: the members carried over, those replaced by a successor, those dropped")
public record ConfirmationData(
        @Schema(required = true) LeadershipResultData result,
        @Schema(required = true, examples = "8") Long nextTermId,
        @Schema(required = true, examples = "true", description = "Năm sau vừa được tạo (false: đã có, ở bước lập kế hoạch) / whether next year's term was created") boolean nextTermCreated,
        @Schema(required = true, description = "Thành viên năm sau do việc xác nhận ghi / next year's members as the confirmation set them") List<CarriedMember> members,
        @Schema(required = true, description = "Đơn vị năm đang kết thúc không còn hoạt động và không có đơn vị kế thừa / outgoing members with no live successor") List<UnitRef> dropped) {

    @Schema(name = "LeadershipCarriedMember")
    public record CarriedMember(
            @Schema(required = true) UnitRef unit,
            @Schema(required = true, examples = "MEMBER") MembershipRole role,
            @Schema(description = "Đơn vị năm trước mà đơn vị này kế thừa (đã sáp nhập, giải thể, chia tách) / the outgoing member it replaces") UnitRef replaces) {
    }
}
