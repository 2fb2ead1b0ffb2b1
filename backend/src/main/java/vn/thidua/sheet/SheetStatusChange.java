package vn.thidua.sheet;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson;

@Schema(name = "ScoreSheetStatusChange", description = """
        SELF_SUBMITTED (đơn vị nộp), DRAFT (trả lại, cần lý do), EXPLANATION_REQUESTED (yêu cầu giải trình: nội dung trong reason), \
        EXPLAINED (đơn vị giải trình: nội dung trong reason), CONSOLIDATED (tổng hợp theo quy tắc của đợt), IN_REVIEW (trả lại để tổng hợp lại, \
        cần lý do), FINAL (chốt, không sửa được nữa). / submit, return (reason), request an explanation (the request in reason), \
        explain (the answer in reason), consolidate, return to review (reason), finalise.""")
public record SheetStatusChange(
        @Schema(required = true, examples = "SELF_SUBMITTED") @NotNull SheetStatus status,
        @Schema(description = "Lý do, nội dung yêu cầu hoặc nội dung giải trình / reason, request or answer") @Size(max = 4000)
        @StrictJson.MultiLine String reason) {
}
