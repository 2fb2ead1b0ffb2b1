package vn.thidua.conference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgendaItem", description = "Nội dung hội nghị và kết luận / an agenda item and its outcome")
public record AgendaItemData(
        @Schema(required = true, examples = "31") Long id,
        @Schema(required = true, examples = "1") int position,
        @Schema(required = true) String title,
        AgendaLinkKind linkKind,
        Long linkedId,
        @Schema(description = "Tiêu đề bản ghi được gắn / the linked record's title") String linkedTitle,
        @Schema(description = "Kết luận / outcome") String outcome) {
}
