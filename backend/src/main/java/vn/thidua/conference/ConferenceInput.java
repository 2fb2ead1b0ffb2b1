package vn.thidua.conference;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "ConferenceInput", description = "Hội nghị của năm thi đua / a term's conference")
public record ConferenceInput(
        @Schema(required = true, examples = "MID_YEAR_REVIEW") @NotNull ConferenceKind kind,
        @Schema(required = true, maxLength = 500, examples = "Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023")
        @NotBlank @Size(max = 500) String title,
        @Schema(required = true, examples = "2023-07-06", description = "Ngày đã qua cũng ghi được / past dates may be recorded") @NotNull LocalDate heldOn,
        @Schema(examples = "08:00", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", description = "Giờ bắt đầu (không rõ: bỏ trống) / start time, if known")
        @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$") String startTime,
        @Schema(required = true, maxLength = 500, examples = "Hội trường Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn tỉnh")
        @NotBlank @Size(max = 500) String venue,
        @Schema(examples = "12", description = "Đơn vị đăng cai (thành viên của năm) / host unit, a member") Long hostUnitId,
        @Schema(maxLength = 200, examples = "Bà Hoàng Thị Thúy") @Size(max = 200) String chairName,
        @Schema(maxLength = 300, examples = "Giám đốc Sở Xây dựng") @Size(max = 300) String chairTitle,
        @Schema(examples = "12", description = "Đơn vị của người chủ trì / the chair's unit") Long chairUnitId,
        @Schema(maxLength = 200) @Size(max = 200) String secretaryName,
        @Schema(maxLength = 300) @Size(max = 300) String secretaryTitle,
        @Schema(maxLength = 2000, examples = "Đại diện Ban Thi đua - Khen thưởng tỉnh", description = "Khách mời, thành phần khác / other attendees")
        @MultiLine @Size(max = 2000) String guests,
        @Schema(maxLength = 1000, description = "Bắt buộc khi năm thi đua đã CLOSED (chỉ Ban TĐKT) / required when the term is CLOSED (the Board only)")
        @MultiLine @Size(max = 1000) String correctionReason) {
}
