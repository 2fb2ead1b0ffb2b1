package vn.thidua.conference;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "AgendaInput", description = "Toàn bộ nội dung hội nghị theo thứ tự, kèm kết luận / the whole agenda in order, with outcomes")
public record AgendaInput(
        @Schema(required = true, maxItems = 100) @NotNull @Size(max = 100) List<@Valid @NotNull AgendaItemInput> items,
        @Schema(maxLength = 1000, description = "Bắt buộc khi năm thi đua đã CLOSED / required when the term is CLOSED")
        @MultiLine @Size(max = 1000) String correctionReason) {
}
