package vn.thidua.term;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

@Schema(name = "TermSourcesRecord", description = "Ghi nhận một năm đã qua theo tài liệu: trạng thái mà tài liệu cho biết và nguồn trích dẫn"
        + " / record a past year as the sources give it: the status they support and the citation")
public record TermSourcesRecord(
        @Schema(required = true, examples = "CLOSED", description = "Trạng thái theo tài liệu, sau trạng thái hiện tại / the status the sources support, after the current one") @NotNull TermStatus status,
        @Schema(required = true, maxLength = 1000, examples = "Bài viết “Hà Nam: Khối thi đua kinh tế ngành tỉnh sơ kết công tác thi đua 6 tháng đầu năm 2013” (hội nghị ngày 17/7/2013)")
        @MultiLine @NotBlank @Size(max = 1000) String reason) {
}
