package vn.thidua.conference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.unit.UnitRef;

@Schema(name = "Attendee", description = "Đại biểu của một đơn vị thành viên / a member unit's delegate")
public record AttendeeData(
        @Schema(required = true, description = "Tên đơn vị tại ngày hội nghị / named as on the conference's day") UnitRef unit,
        @Schema(examples = "Bà Hoàng Thị Thúy", description = "Không có: tài liệu không nêu / none: not given by the sources") String delegateName,
        @Schema(examples = "Giám đốc") String delegateTitle,
        @Schema(required = true) boolean mayVote,
        @Schema(examples = "Ông Nguyễn Văn An", description = "Đại biểu vắng mặt mà người này thay mặt (đại biểu thay thế) "
                + "/ the absent delegate this one acts for (a substitute)") String substituteFor) {
}
