package vn.thidua.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "AgendaItemInput", description = "Một nội dung của hội nghị / one agenda item")
public record AgendaItemInput(
        @Schema(examples = "31", description = "Mã nội dung đã có (giữ nguyên mã); bỏ trống: nội dung mới / an existing item's id, or none for a new one") Long id,
        @Schema(required = true, maxLength = 500, examples = "Thông qua báo cáo kết quả phong trào thi đua 6 tháng đầu năm 2023")
        @NotBlank @Size(max = 500) String title,
        @Schema(examples = "CAMPAIGN", description = "Gắn với / linked to (cùng linkedId)") AgendaLinkKind linkKind,
        @Schema(examples = "4", description = "Mã bản ghi được gắn, cùng năm thi đua / the linked record's id, same term") Long linkedId,
        @Schema(maxLength = 4000, examples = "Hội nghị thông qua báo cáo.", description = "Kết luận / outcome")
        @MultiLine @Size(max = 4000) String outcome) {
}
