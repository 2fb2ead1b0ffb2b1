package vn.thidua.conference;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendeeInput", description = "Một đại biểu của một đơn vị thành viên / one delegate of a member unit")
public record AttendeeInput(
        @Schema(required = true, examples = "12") @NotNull Long unitId,
        @Schema(maxLength = 200, examples = "Bà Hoàng Thị Thúy", description = "Bỏ trống khi tài liệu không nêu tên / empty when the sources do not name the delegate")
        @Size(max = 200) String delegateName,
        @Schema(maxLength = 300, examples = "Giám đốc") @Size(max = 300) String delegateTitle,
        @Schema(required = true, examples = "true", description = "Được biểu quyết thay đơn vị (mỗi đơn vị tối đa một người) / votes for the unit (one per unit at most)")
        @NotNull Boolean mayVote,
        @Schema(maxLength = 200, examples = "Ông Nguyễn Văn An", description = "Chỉ với đại biểu được biểu quyết: đại biểu vắng mặt mà người này thay mặt "
                + "/ a voting delegate only: the absent delegate this one acts for")
        @Size(max = 200) String substituteFor) {
}
