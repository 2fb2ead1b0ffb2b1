package vn.thidua.term;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.web.StrictJson.MultiLine;

import vn.thidua.common.decision.DecisionRefData;

@Schema(name = "TermUpdate", description = "Năm đã CLOSED chỉ sửa được khi có correctionReason (quản trị) / a CLOSED term needs correctionReason")
public record TermUpdate(
        @Valid DecisionRefData decision,
        @Valid TermRulesData rules,
        @Schema(maxLength = 1000, examples = "Đính chính số quyết định theo văn bản gốc") @MultiLine @Size(max = 1000) String correctionReason) {
}
